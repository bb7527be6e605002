/**
 * `npm run build`: every control with pcf-scripts in production mode, then the web resource and
 * the solution zips. Each step prints what it does; the first failure stops the build.
 */
import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { checkPlatformLibraries } from "./platformLibraries";
import { buildControl } from "./pcfBuild";
import { buildFormScriptStep, packStep, verifyStep } from "../solution/commands";

const root = path.resolve(__dirname, "..");

function step(title: string, run: () => void): void {
  const started = Date.now();
  console.log(`\n▶ ${title}`);
  run();
  console.log(`✔ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}


const controlManifests = (): string[] =>
  readdirSync(path.join(root, "controls"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(root, "controls", entry.name, "ControlManifest.Input.xml"))
    .filter((file) => existsSync(file));

step("Check platform-library versions in control manifests", () => {
  const manifests = controlManifests();
  const problems = manifests.flatMap((manifest) => checkPlatformLibraries(manifest));
  for (const problem of problems) console.error(`  ${path.relative(root, problem.manifest)}: ${problem.message}`);
  if (problems.length) fail("platform-library versions out of range");
  console.log(`  ${manifests.length} manifest(s) declare React 16.14.0 and Fluent ≤ 9.46.2`);
});

step("Build controls with pcf-scripts (production), one at a time", () => {
  for (const name of controlManifests().map((manifest) => path.basename(path.dirname(manifest)))) {
    console.log(`  ${name}`);
    const missing = buildControl(name);
    if (missing.length) fail(`pcf-scripts did not produce ${missing.map((f) => path.relative(root, f)).join(", ")} (see the errors above)`);
  }
});

// Errors of the solution steps are messages for the person running the build, not stack traces.
function solutionStep(title: string, run: () => void): void {
  step(title, () => {
    try {
      run();
    } catch (error) {
      fail((error as Error).message);
    }
  });
}

solutionStep("Build the form-script web resource with esbuild", () => buildFormScriptStep(root));

solutionStep("Pack the solution zips (unmanaged and managed)", () => {
  packStep(root);
});

solutionStep("Verify the solution zips", () => {
  if (!verifyStep(root)) fail("solution verification failed");
});
