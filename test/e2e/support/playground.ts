/**
 * One playground per test file: built once per run (esbuild, a few seconds), served on a free
 * port, opened in a fresh Chromium profile. Every test saves a screenshot to test-results/e2e.
 */
import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { buildPlayground, PLAYGROUND_OUT } from "../../../playground/build";
import { RunningPlayground, servePlayground } from "../../../playground/server";
import { LaunchedBrowser, launchChromium } from "../../support/chromium";

const root = path.resolve(__dirname, "../../..");
export const RESULTS_DIR = path.join(root, "test-results", "e2e");
/** A bundle younger than this was built by this run (an earlier test file): no need to rebuild. */
const FRESH_MS = 10 * 60 * 1000;

export interface PlaygroundSession {
  page: Page;
  url: string;
  /** Page errors (uncaught exceptions) and console errors seen so far. */
  errors: string[];
  open(query?: string): Promise<void>;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

async function ensureBuilt(): Promise<void> {
  const bundle = path.join(PLAYGROUND_OUT, "playground.js");
  if (process.env.E2E_REBUILD !== "0" && (!existsSync(bundle) || Date.now() - statSync(bundle).mtimeMs > FRESH_MS)) await buildPlayground();
}

export async function openPlayground(): Promise<PlaygroundSession> {
  await ensureBuilt();
  const server: RunningPlayground = await servePlayground(0);
  const browser: LaunchedBrowser = await launchChromium();
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    // The broken-image test asks for a missing file on purpose; the browser logs that 404.
    if (message.type() === "error" && !message.text().includes("404")) errors.push(`console: ${message.text()}`);
  });
  mkdirSync(RESULTS_DIR, { recursive: true });
  return {
    page,
    url: server.url,
    errors,
    open: async (query = "") => {
      await page.goto(`${server.url}${query}`);
      await page.getByRole("region", { name: "SocialProfileCard" }).getByRole("article").waitFor();
    },
    screenshot: async (name) => {
      await page.screenshot({ path: path.join(RESULTS_DIR, `${name}.png`), fullPage: false });
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Registers the hooks every browser test file needs: one playground for the file, a fresh page
 * load before each test, and no page or console error left behind. Returns the session getter.
 */
export function playgroundPerFile(): () => PlaygroundSession {
  let session: PlaygroundSession | undefined;
  beforeAll(async () => {
    session = await openPlayground();
  });
  afterAll(async () => {
    await session?.close();
  });
  beforeEach(async () => {
    await session!.open();
  });
  afterEach(() => {
    expect(session!.errors).toEqual([]);
  });
  return () => session!;
}

/** The playground's side panel of host settings. */
export const hostPanel = (page: Page) => page.getByRole("complementary", { name: "Host settings" });
