import { spawn, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * pcf-scripts for one control, in a process of its own. Building all controls in one run makes
 * pcf-scripts 1.51.1 accumulate properties across controls in each generated ManifestTypes.d.ts
 * (the wizard's IInputs carried the card's and the gallery's properties), so each control is built
 * from its own folder into its own out/controls/<name>. Separate processes share nothing, so
 * `npm run build` runs them side by side. pcf-scripts exits 0 even when webpack reports errors:
 * the outputs decide.
 *
 * `--skipBuildLinting`: pcf-scripts would run ESLint over the control with the repository's
 * eslint.config.mjs — the same check `npm run lint` (part of `npm test`) runs over every file.
 */
export const root = path.resolve(__dirname, "..");

export const builtControlFiles = (control: string): string[] =>
  ["ControlManifest.xml", "bundle.js"].map((file) => path.join(root, "out", "controls", control, file));

function pcfScriptsCommand(control: string): { args: string[]; cwd: string; env: NodeJS.ProcessEnv } {
  const outDir = path.join(root, "out", "controls", control);
  rmSync(outDir, { recursive: true, force: true });
  return {
    args: [
      path.join(root, "node_modules/pcf-scripts/bin/pcf-scripts.js"),
      "build",
      "--buildMode",
      "production",
      "--outDir",
      outDir,
      "--skipBuildLinting",
      "true",
    ],
    cwd: path.join(root, "controls", control),
    env: { ...process.env, PP_TOOLS_TELEMETRY_OPTOUT: "1" },
  };
}

const missingFiles = (control: string): string[] => builtControlFiles(control).filter((file) => !existsSync(file));

/** Returns the files that are missing after the build (empty when the control built). */
export function buildControl(control: string): string[] {
  const { args, cwd, env } = pcfScriptsCommand(control);
  spawnSync(process.execPath, args, { cwd, env, stdio: "inherit" });
  return missingFiles(control);
}

export interface ControlBuild {
  control: string;
  /** pcf-scripts' output, kept whole so parallel builds don't interleave their lines. */
  output: string;
  missing: string[];
  seconds: number;
}

/** The same build without blocking, its output collected for the caller to print. */
export function buildControlAsync(control: string): Promise<ControlBuild> {
  const { args, cwd, env } = pcfScriptsCommand(control);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", () => resolve({ control, output, missing: missingFiles(control), seconds: (Date.now() - started) / 1000 }));
  });
}
