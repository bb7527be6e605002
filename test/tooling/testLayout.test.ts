/**
 * Keeps test/ a mirror of the source tree (docs/tests.md): the checker runs on the real tree, and on
 * made-up file lists where a misplacement is planted, so a checker that always passes fails here.
 * @jest-environment node
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { filesWithoutNamedTest, hasLogic, layoutProblems, PENDING_MOVES } from "./testLayout";

const root = path.resolve(__dirname, "../..");

/** The repository's files as git sees them, untracked new files included, deleted ones left out. */
const repositoryFiles = (): string[] =>
  execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" })
    .split("\n")
    .filter((file) => file && existsSync(path.join(root, file)));

const TREE = [
  "plugins-shim/rules/guid.ts",
  "plugins-shim/intake/runIntake.ts",
  "plugins-shim/rules/url.ts",
  "plugins-shim/webresource/formValidation.ts",
  "controls/common/locale.ts",
  "scripts/communityMarks.ts",
  "controls/common/communityMarks.ts",
];

describe("test layout", () => {
  it("holds on the repository's tree", () => {
    expect(layoutProblems(repositoryFiles())).toEqual([]);
  });

  it("lists as pending only tests that are still there", () => {
    const files = new Set(repositoryFiles());
    expect(Object.keys(PENDING_MOVES).filter((test) => !files.has(test))).toEqual([]);
  });

  it("passes a tree whose tests sit at their files' mirrored paths, with behaviour suites beside them", () => {
    const files = [
      ...TREE,
      "test/plugins-shim/rules/guid.test.ts",
      "test/plugins-shim/rules/phoneFormats.test.ts",
      "test/plugins-shim/fixtures/payload.json",
      "test/e2e/card.e2e.ts",
      "test/tooling/x.test.ts",
    ];
    expect(layoutProblems(files)).toEqual([]);
  });

  it("fails a test named after a source file but kept in another folder", () => {
    const files = [...TREE, "test/plugins-shim/rules/guid.test.ts", "test/plugins-shim/intake/url.test.ts"];
    expect(layoutProblems(files)).toEqual([
      "test/plugins-shim/intake/url.test.ts is named after plugins-shim/rules/url.ts but is not at test/plugins-shim/rules/",
    ]);
  });

  it("fails a test folder that mirrors no source folder, as test/webresource did", () => {
    const files = [...TREE, "test/webresource/missingColumns.test.ts"];
    expect(layoutProblems(files)).toEqual(["test/webresource/ mirrors no source folder (there is no webresource/)"]);
  });

  it("accepts either mirrored path when two source files share a name, and names both when neither is used", () => {
    expect(layoutProblems([...TREE, "test/scripts/communityMarks.test.ts", "test/controls/common/communityMarks.test.tsx"])).toEqual([]);
    expect(layoutProblems([...TREE, "test/controls/communityMarks.test.tsx"])).toEqual([
      "test/controls/communityMarks.test.tsx is named after scripts/communityMarks.ts / controls/common/communityMarks.ts but is not at test/scripts/ or test/controls/common/",
    ]);
  });
});

describe("files without a test named after them", () => {
  const texts: Record<string, string> = {
    "plugins-shim/rules/guid.ts": "export const isGuid = (v: string) => /^[0-9a-f-]{36}$/.test(v);",
    "plugins-shim/rules/url.ts": "export function isUrl(v: string) { return v.startsWith('https://'); }",
    "plugins-shim/rules/index.ts": 'export * from "./guid";\nexport { isUrl } from "./url";',
    "plugins-shim/rules/diagnostics.ts": "export interface Diagnostic { code: string; at(): number }\nexport type Code = 'a' | 'b';",
    "plugins-shim/schema/account.ts": "export const account = { name: 'account', columns: ['name'] };",
    "controls/Card/generated/ManifestTypes.ts": "export function generated() {}",
    "controls/Card/Card.tsx": "export class Card { render() { return null; } }",
  };
  const read = (file: string) => texts[file];

  it("lists logic with no namesake test, not barrels, type-only files, constant tables or generated code", () => {
    const files = [...Object.keys(texts), "test/plugins-shim/rules/guid.test.ts"];
    expect(filesWithoutNamedTest(files, read)).toEqual(["controls/Card/Card.tsx", "plugins-shim/rules/url.ts"]);
  });

  it("does not count a namesake test kept in another folder", () => {
    const files = [...Object.keys(texts), "test/plugins-shim/guid.test.ts"];
    expect(filesWithoutNamedTest(files, read)).toContain("plugins-shim/rules/guid.ts");
  });

  it("sees logic in arrow functions, methods and accessors, and none in signatures", () => {
    expect(hasLogic("a.ts", "export const f = () => 1;")).toBe(true);
    expect(hasLogic("a.ts", "export const o = { get x() { return 1; } };")).toBe(true);
    expect(
      hasLogic("a.ts", "export interface I { m(a: number): void; (b: string): number; new (): I }\nexport type F = (x: number) => void;"),
    ).toBe(false);
  });
});
