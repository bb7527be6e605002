/**
 * `npm run build`: every control with pcf-scripts in production mode (each in its own process,
 * side by side; the ownership library is a control too, controls/SocialProfileOwnership), then
 * the web resource and the solution zips. Each step prints what it does; the
 * first failure stops the build.
 */
import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { checkPlatformLibraries } from "./platformLibraries";
import { buildControlAsync } from "./pcfBuild";
import { buildFormScript } from "./formScript";
import { packStep, verifyStep } from "../solution/commands";

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

async function buildControls(): Promise<void> {
  const title = "Build controls with pcf-scripts (production), in parallel";
  const started = Date.now();
  console.log(`\n▶ ${title}`);
  const names = controlManifests().map((manifest) => path.basename(path.dirname(manifest)));
  // Every control at once: on 2 cores a third webpack run still overlaps the others' I/O.
  const builds = await Promise.all(names.map((name) => buildControlAsync(name)));
  for (const build of builds) {
    console.log(`  ${build.control} (${build.seconds.toFixed(1)} s)`);
    console.log(build.output.trimEnd().replace(/^/gm, "    "));
  }
  const missing = builds.flatMap((build) => build.missing);
  if (missing.length) fail(`pcf-scripts did not produce ${missing.map((f) => path.relative(root, f)).join(", ")} (see the errors above)`);
  console.log(`✔ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

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

async function main(): Promise<void> {
  await buildControls();

  solutionStep("Build the form-script web resource with esbuild", () => {
    const script = buildFormScript(root);
    console.log(`  ${path.relative(root, script.file)}: ${script.bytes} bytes, ${script.gzipBytes} bytes gzipped`);
  });

  solutionStep("Pack the solution zips (unmanaged and managed)", () => {
    packStep(root);
  });

  solutionStep("Verify the solution zips", () => {
    if (!verifyStep(root)) fail("solution verification failed");
  });
}

void main();
