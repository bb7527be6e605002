/**
 * `npx tsx playground/ownershipScreenshots.ts`: docs/screenshots/ownership-<state>.png, one per
 * ownership state of the card's section, from the playground's ownership host in Chromium.
 * Expects out/playground built (npm run playground or the browser tests build it).
 *
 * `--compare <name>`: instead, one picture of the whole card with its section (Ben's shared
 * profile: badge, owner, shares, actions) as docs/screenshots/<name>.png, for before/after
 * comparisons of the section's look (issue 20, item 15).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { launchChromium } from "../test/support/chromium";
import { servePlayground } from "./server";

const OUT_DIR = path.resolve(__dirname, "..", "docs", "screenshots");

const STATES = [
  { name: "owned-by-you", user: "Ada Supervisor", profile: "ada_owned (Ada)", endpoint: true },
  { name: "owned-by-your-team", user: "Ada Supervisor", profile: "team_owned (Support Team)", endpoint: true },
  { name: "shared-with-you", user: "Ada Supervisor", profile: "ben_shares (Ben)", endpoint: true, shareFirst: true },
  { name: "no-active-owner", user: "Ada Supervisor", profile: "cleo_left (Cleo, disabled)", endpoint: true },
  { name: "owned-by-someone-else", user: "Dan Reader", profile: "ben_private (Ben)", endpoint: true },
  { name: "read-only", user: "Ada Supervisor", profile: "team_owned (Support Team)", endpoint: false },
] as const;

async function compare(name: string): Promise<void> {
  const server = await servePlayground(0);
  const browser = await launchChromium({ width: 900, height: 1000 });
  mkdirSync(OUT_DIR, { recursive: true });
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    const slot = page.getByTestId("ownership-slot");
    await page.getByLabel("Signed-in user").selectOption({ label: "Ben Agent" });
    await page.getByLabel("Profile", { exact: true }).selectOption({ label: "ben_shares (Ben)" });
    await slot.getByRole("button", { name: "Share…" }).click();
    await page.getByRole("dialog").getByLabel("Share with").selectOption({ label: "Ada Supervisor" });
    await page.getByRole("dialog").getByRole("button", { name: "Share", exact: true }).click();
    await slot.getByText("Ada Supervisor").waitFor();
    await page.waitForTimeout(300);
    await slot.screenshot({ path: path.join(OUT_DIR, `${name}.png`) });
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  const at = process.argv.indexOf("--compare");
  if (at > 0) return compare(process.argv[at + 1] ?? "ownership-compare");
  const server = await servePlayground(0);
  const browser = await launchChromium({ width: 1100, height: 1000 });
  mkdirSync(OUT_DIR, { recursive: true });
  try {
    const page = await browser.context.newPage();
    for (const state of STATES) {
      await page.goto(server.url);
      const slot = page.getByTestId("ownership-slot");
      if ("shareFirst" in state) {
        await page.getByLabel("Signed-in user").selectOption({ label: "Ben Agent" });
        await page.getByLabel("Profile", { exact: true }).selectOption({ label: state.profile });
        await slot.getByRole("button", { name: "Share…" }).click();
        await page.getByRole("dialog").getByLabel("Share with").selectOption({ label: "Ada Supervisor" });
        await page.getByRole("dialog").getByRole("button", { name: "Share", exact: true }).click();
        await slot.getByText("Ada Supervisor").waitFor();
      }
      await page.getByLabel("Signed-in user").selectOption({ label: state.user });
      await page.getByLabel("Profile", { exact: true }).selectOption({ label: state.profile });
      if (!state.endpoint) await page.getByLabel("Access-message endpoint").uncheck();
      await slot.locator("[data-relation]").waitFor();
      await page.waitForTimeout(300);
      await slot.screenshot({ path: path.join(OUT_DIR, `ownership-${state.name}.png`) });
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
