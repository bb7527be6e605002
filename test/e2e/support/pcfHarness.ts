/**
 * Microsoft's test harness (pcf-start) for browser tests: starts it on one control's built
 * output and opens pages whose React comes from node_modules. The harness's index.html loads
 * React and ReactDOM 16.14 from unpkg, which this network does not reach (docs/harness.md).
 * Callers hold /tmp/pcf-harness.lock: the harness's port, 8181, is fixed.
 */
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import type { Page } from "playwright-core";
import { buildControls, bundleIsCurrent, HARNESS_URL, startHarness } from "../../../scripts/start";
import { LaunchedBrowser, launchChromium } from "../../support/chromium";
import { eventually } from "./eventually";

const root = path.resolve(__dirname, "../../..");
export const HARNESS_UMD: Readonly<Record<string, string>> = {
  "https://unpkg.com/react@16.14.0/umd/react.development.js": path.join(root, "node_modules/react/umd/react.development.js"),
  "https://unpkg.com/react-dom@16.14.0/umd/react-dom.development.js": path.join(
    root,
    "node_modules/react-dom/umd/react-dom.development.js",
  ),
};

/** Builds the control when its bundle is stale, starts pcf-start on it and waits until it answers. */
export async function serveInHarness(control: string): Promise<ChildProcess> {
  if (!bundleIsCurrent(control)) buildControls(control);
  const harness = startHarness(control, { openBrowser: false, quiet: true });
  const up = await eventually(
    () =>
      fetch(HARNESS_URL).then(
        (response) => response.ok,
        () => false,
      ),
    Boolean,
    60000,
  );
  if (!up) {
    harness.kill();
    throw new Error(`pcf-start did not answer on ${HARNESS_URL}`);
  }
  return harness;
}

export interface HarnessPage {
  page: Page;
  /** Uncaught errors of the page (the harness shows "Error loading control" for a throwing updateView). */
  errors: string[];
  /** unpkg URLs answered from node_modules. */
  routed: string[];
  /** Messages of the harness's alert() dialogs (its webAPI and navigation alert), each dismissed. */
  alerts: string[];
}

/** Opens the harness with React routed to node_modules. */
export async function openHarness(browser: LaunchedBrowser): Promise<HarnessPage> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const routed: string[] = [];
  const alerts: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("dialog", (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route("https://unpkg.com/**", async (route) => {
    const file = HARNESS_UMD[route.request().url()];
    if (!file) return route.abort();
    routed.push(route.request().url());
    return route.fulfill({ path: file, contentType: "text/javascript" });
  });
  await page.goto(HARNESS_URL);
  return { page, errors, routed, alerts };
}

/**
 * One test file's harness: pcf-start serving `control` and a Chromium, started before the file's
 * tests and stopped after them. Returns the way to open a harness page.
 */
export function harnessForFile(control: string): () => Promise<HarnessPage> {
  let harness: ChildProcess | undefined;
  let browser: LaunchedBrowser | undefined;
  beforeAll(async () => {
    harness = await serveInHarness(control);
    browser = await launchChromium();
  }, 300000);
  afterAll(async () => {
    await browser?.close();
    harness?.kill();
  });
  return () => openHarness(browser!);
}
