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
const specifiers = new Map(testFiles.map((test) => [test, [...read(test).matchAll(/(?:from|import|require\()\s*\(?"(\.[^"]+)"/g)].map((m) => path.posix.join(path.posix.dirname(test), m[1]))]));

/** The test files whose relative imports resolve to `file` (or to its folder's barrel, for index.ts re-exports). */
const importersOf = (file: string): string[] => {
  const withoutExtension = file.replace(/\.(ts|tsx|mjs)$/, "");
  return testFiles.filter((test) => specifiers.get(test)!.some((target) => target === withoutExtension)).map((test) => test.slice("test/".length));
};

const untested = filesWithoutNamedTest(files, read);
for (const file of untested) console.log(`${file}\t${importersOf(file).join(", ") || "-"}`);
console.log(`${untested.length} files`);
