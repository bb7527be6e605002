/**
 * Prints the code files with logic that have no test named after them, each with the test files that
 * import it (a hint at the behaviour suite that covers it; docs/tests.md holds the hand-checked list).
 * Run: npx tsx test/tooling/listUntested.ts
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { filesWithoutNamedTest } from "./testLayout";

const root = path.resolve(__dirname, "../..");
const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" })
  .split("\n")
  .filter((file) => file && existsSync(path.join(root, file)));
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

const testFiles = files.filter((file) => file.startsWith("test/") && /\.(ts|tsx)$/.test(file));
const specifiers = new Map(
  testFiles.map((test) => [
    test,
    [...read(test).matchAll(/(?:from|import|require\()\s*\(?"(\.[^"]+)"/g)].map((m) => path.posix.join(path.posix.dirname(test), m[1])),
  ]),
);

/** The test files whose relative imports resolve to `file` (or to its folder's barrel, for index.ts re-exports). */
const importersOf = (file: string): string[] => {
  const withoutExtension = file.replace(/\.(ts|tsx|mjs)$/, "");
  return testFiles
    .filter((test) => specifiers.get(test)!.some((target) => target === withoutExtension))
    .map((test) => test.slice("test/".length));
};

/** A relative import resolved to a repository file the way TypeScript would (extension, then index). */
const present = new Set(files);
const resolve = (from: string, specifier: string): string | undefined => {
  const base = path.posix.join(path.posix.dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, `${base}.mjs`, `${base}/index.ts`, `${base}/index.tsx`].find(
    (candidate) => present.has(candidate) && /\.(ts|tsx|mjs)$/.test(candidate),
  );
};
const importsOf = (file: string): string[] =>
  [...read(file).matchAll(/(?:from|import|require\()\s*\(?"(\.[^"]+)"/g)]
    .map((m) => resolve(file, m[1]))
    .filter((target): target is string => target !== undefined);

/** Every file a jest test reaches through relative imports (e2e tests excluded: they run the built bundles). */
const reach = new Map<string, Set<string>>();
for (const test of testFiles.filter((file) => /\.test\.tsx?$/.test(file))) {
  const seen = new Set<string>();
  const queue = [test];
  while (queue.length > 0) {
    const next = queue.pop()!;
    for (const target of importsOf(next)) {
      if (seen.has(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  reach.set(test, seen);
}
const reachedBy = (file: string): string[] => [...reach].filter(([, seen]) => seen.has(file)).map(([test]) => test.slice("test/".length));

const untested = filesWithoutNamedTest(files, read);
for (const file of untested) {
  const direct = importersOf(file);
  const all = reachedBy(file);
  console.log(
    `${file}\t${direct.length > 0 ? `imported by ${direct.join(", ")}` : all.length > 0 ? `reached by ${all.length} tests, e.g. ${all.slice(0, 3).join(", ")}` : "reached by no jest test"}`,
  );
}
console.log(`${untested.length} files`);
