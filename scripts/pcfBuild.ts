import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * pcf-scripts for one control, in a process of its own. Building all controls in one run makes
 * pcf-scripts 1.51.1 accumulate properties across controls in each generated ManifestTypes.d.ts
 * (the wizard's IInputs carried the card's and the gallery's properties), so each control is built
 * from its own folder. pcf-scripts exits 0 even when webpack reports errors: the outputs decide.
 */
export const root = path.resolve(__dirname, "..");

export const builtControlFiles = (control: string): string[] =>
  ["ControlManifest.xml", "bundle.js"].map((file) => path.join(root, "out", "controls", control, file));

/** Returns the files that are missing after the build (empty when the control built). */
export function buildControl(control: string): string[] {
  const outDir = path.join(root, "out", "controls", control);
  rmSync(outDir, { recursive: true, force: true });
  spawnSync(process.execPath, [path.join(root, "node_modules/pcf-scripts/bin/pcf-scripts.js"), "build", "--buildMode", "production", "--outDir", outDir], {
    cwd: path.join(root, "controls", control),
    stdio: "inherit",
    env: { ...process.env, PP_TOOLS_TELEMETRY_OPTOUT: "1" },
  });
  return builtControlFiles(control).filter((file) => !existsSync(file));
}
