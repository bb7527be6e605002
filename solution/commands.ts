import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadDefinition } from "./definition";
import { packSolution, PackResult, zipFileNames } from "./packer";
import { checkedReleasedVersions } from "./releasedVersions";
import { verifySolutionZip } from "./verifier";
import { latestVersion } from "./version";

/** The solution steps `npm run build` and `npm run verify` run, each printing what it does. */

export function packStep(root: string): PackResult {
  const result = packSolution(loadDefinition({ root }), path.join(root, "out", "solution"));
  console.log(`  ${result.entries.size} entries per zip (uncompressed bytes):`);
  for (const [name, size] of result.entries) console.log(`    ${String(size).padStart(9)}  ${name}`);
  return result;
}

/**
 * Returns true when both zips pass; prints every problem otherwise. With `previousDir` (a folder
 * holding the last release's zips under the same names), each zip must also import over its
 * same-named predecessor as an upgrade.
 */
export function verifyStep(root: string, previousDir?: string): boolean {
  const definition = loadDefinition({ root });
  const names = zipFileNames(definition.uniqueName);
  const releasedVersions = checkedReleasedVersions();
  let passed = true;
  for (const [file, managed] of [
    [names.unmanaged, false],
    [names.managed, true],
  ] as const) {
    const zipPath = path.join(root, "out", "solution", file);
    if (!existsSync(zipPath)) {
      console.error(`  ${path.relative(root, zipPath)} is missing: run npm run build first`);
      passed = false;
      continue;
    }
    const previous = previousDir ? path.join(previousDir, file) : undefined;
    if (previous && !existsSync(previous)) {
      console.error(`  ${previous} is missing: --previous must hold the last release's ${file}`);
      passed = false;
      continue;
    }
    const problems = verifySolutionZip(readFileSync(zipPath), {
      releasedVersions,
      outControlsDir: definition.outControlsDir,
      expectManaged: managed,
      installed: previous ? readFileSync(previous) : undefined,
    });
    if (problems.length === 0) {
      const upgrade = previous ? `; upgrades ${path.relative(root, previous)}` : "";
      console.log(`  ${file}: OK (version ${definition.version}; last released: ${latestVersion(releasedVersions) ?? "none"}${upgrade})`);
      continue;
    }
    passed = false;
    console.error(`  ${file}: ${problems.length} problem(s)`);
    for (const problem of problems) console.error(`    [${problem.rule}] ${problem.message}`);
  }
  return passed;
}
