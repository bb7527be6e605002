/**
 * `npm start -- <Control>`: builds the controls when the control's bundle is missing or older than
 * its sources, then serves that control in Microsoft's test harness (pcf-start, watch mode).
 * `pcf-scripts start` always serves the first control, hence pcf-start with --codePath. The
 * harness's port, 8181, is fixed: one harness at a time. What it can and cannot host: docs/harness.md.
 */
import { ChildProcess, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { buildControl, builtControlFiles } from "./pcfBuild";

const root = path.resolve(__dirname, "..");
export const HARNESS_PORT = 8181;
export const HARNESS_URL = `http://localhost:${HARNESS_PORT}/`;

export function controlNames(): string[] {
  return readdirSync(path.join(root, "controls"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(root, "controls", entry.name, "ControlManifest.Input.xml")))
    .map((entry) => entry.name);
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

export function bundleIsCurrent(control: string): boolean {
  const files = builtControlFiles(control);
  const bundle = files[1];
  if (!files.every((file) => existsSync(file))) return false;
  const sources = Math.max(newestSource(path.join(root, "controls", control)), newestSource(path.join(root, "controls", "common")));
  return statSync(bundle).mtimeMs >= sources;
}

/** pcf-scripts in production mode (the build the solution ships); throws when the bundle is not there after. */
export function buildControls(control: string): void {
  console.log(`[start] building ${control} (out/controls/${control} is missing, incomplete or older than its sources)`);
  if (buildControl(control).length) throw new Error(`pcf-scripts did not build ${control} (see the errors above)`);
}

/**
 * Starts pcf-start on the control's output folder. `openBrowser: false` stops browser-sync from
 * opening a window (its xdg-open falls back to $BROWSER, set to `true`), for tests and CI.
 */
export function startHarness(control: string, options: { openBrowser?: boolean; quiet?: boolean } = {}): ChildProcess {
  const env = { ...process.env, PP_TOOLS_TELEMETRY_OPTOUT: "1", ...(options.openBrowser === false ? { BROWSER: "true" } : {}) };
  return spawn(
    process.execPath,
    [path.join(root, "node_modules/pcf-start/bin/pcf-start.js"), "--codePath", path.join("out", "controls", control), "--watch"],
    { cwd: root, env, stdio: options.quiet ? "pipe" : "inherit" },
  );
}

if (require.main === module) {
  const control = process.argv[2];
  const known = controlNames();
  if (!control || !known.includes(control)) {
    console.error(`usage: npm start -- <Control>   (one of: ${known.join(", ")})`);
    process.exit(2);
  }
  try {
    if (!bundleIsCurrent(control)) buildControls(control);
  } catch (error) {
    console.error(`[start] ${(error as Error).message}`);
    process.exit(1);
  }
  console.log(`[start] serving ${control} at ${HARNESS_URL} (pcf-start; the page reloads when out/controls/${control} changes)`);
  console.log("[start] the harness has no Web API, navigation or dataset paging: use `npm run playground` for those (docs/harness.md)");
  const child = startHarness(control);
  child.on("exit", (code) => process.exit(code ?? 0));
}
