/**
 * The layout of test/ (docs/tests.md): test/<source folder>/ mirrors the source tree, and a test
 * named after a source file sits at that file's mirrored path. Pure functions over a list of
 * repository paths (as `git ls-files` prints them), so testLayout.test.ts can plant a misplacement in
 * a made-up list and listUntested.ts can print the files that have no test named after them.
 */
import path from "node:path";
import ts from "typescript";

/** Folders of test/ that are infrastructure, not a mirror of a source folder. */
export const INFRASTRUCTURE_FOLDERS: readonly string[] = ["test/e2e", "test/support", "test/tooling"];

/**
 * Folders of test/ that hold a behaviour suite with no source folder of the same name, each with why.
 * Kept short on purpose: a new entry needs a reason a reader accepts.
 */
export const BEHAVIOUR_FOLDERS: Readonly<Record<string, string>> = {
  "test/simulator/contract": "the contract suite: each case runs against a fake and the thing it imitates (docs/architecture.md)",
  "test/controls/WhatsAppAccountWizard/preview": "the wizard's preview page (npx tsx …/renderPreview.ts, docs/whatsapp-wizard.md)",
};

/**
 * Tests that break the layout and cannot move yet, each with why; an entry is a debt, not a rule.
 */
export const PENDING_MOVES: Readonly<Record<string, string>> = {};

/** Top-level folders whose .ts/.tsx/.mjs files are the code the tests are about. */
export const CODE_FOLDERS: readonly string[] = [
  "bench",
  "controls",
  "dataverse-node",
  "playground",
  "plugins-shim",
  "scripts",
  "server",
  "simulator",
  "solution",
];

const TEST_FILE = /\.test\.tsx?$/;
const CODE_FILE = /\.(ts|tsx|mjs)$/;

/** `a/b/name.test.tsx` → `name`; `a/b/name.ts` → `name`. */
export const baseName = (file: string): string => path.posix.basename(file).replace(TEST_FILE, "").replace(CODE_FILE, "");

const isTestPath = (file: string): boolean => file.startsWith("test/");
const isCodeFile = (file: string): boolean => CODE_FILE.test(file) && !file.endsWith(".d.ts") && CODE_FOLDERS.includes(file.split("/")[0]);

/** Every folder that holds a file, and the folders above it (`a/b/c.ts` → `a`, `a/b`). */
function foldersOf(files: readonly string[]): Set<string> {
  const folders = new Set<string>();
  for (const file of files) {
    const parts = file.split("/").slice(0, -1);
    for (let i = 1; i <= parts.length; i++) folders.add(parts.slice(0, i).join("/"));
  }
  return folders;
}

/** A test folder that need not mirror a source folder: infrastructure, a fixtures folder, a listed behaviour folder. */
function exempt(folder: string): boolean {
  const within = (root: string) => folder === root || folder.startsWith(`${root}/`);
  return INFRASTRUCTURE_FOLDERS.some(within) || Object.keys(BEHAVIOUR_FOLDERS).some(within) || folder.split("/").includes("fixtures");
}

/** The mirrored test path's folder for a source file: `plugins-shim/rules/guid.ts` → `test/plugins-shim/rules`. */
export const mirroredFolder = (source: string): string => `test/${path.posix.dirname(source)}`;

/**
 * What breaks the layout, one sentence each (empty when it holds): a folder of test/ with no source
 * folder of the same path, and a test named after a source file but not at that file's mirrored path
 * (when several source files share the name, any of their mirrored paths will do).
 */
export function layoutProblems(files: readonly string[]): string[] {
  const sources = files.filter((file) => !isTestPath(file) && !file.startsWith("node_modules/"));
  const sourceFolders = foldersOf(sources);
  const problems: string[] = [];
  for (const folder of [...foldersOf(files.filter(isTestPath))].sort()) {
    if (folder === "test" || exempt(folder)) continue;
    const mirrored = folder.slice("test/".length);
    if (!sourceFolders.has(mirrored)) problems.push(`${folder}/ mirrors no source folder (there is no ${mirrored}/)`);
  }
  const codeByName = new Map<string, string[]>();
  for (const source of sources.filter(isCodeFile)) codeByName.set(baseName(source), [...(codeByName.get(baseName(source)) ?? []), source]);
  for (const test of files.filter((file) => isTestPath(file) && TEST_FILE.test(file)).sort()) {
    const namesakes = codeByName.get(baseName(test)) ?? [];
    const folder = path.posix.dirname(test);
    if (namesakes.length > 0 && !(test in PENDING_MOVES) && !namesakes.some((source) => mirroredFolder(source) === folder)) {
      problems.push(`${test} is named after ${namesakes.join(" / ")} but is not at ${namesakes.map(mirroredFolder).join("/ or ")}/`);
    }
  }
  return problems;
}

/**
 * Whether a file's code holds logic: a function, method, accessor or class body. Type-only files,
 * barrels (`export … from`) and tables of constants hold none.
 */
export function hasLogic(fileName: string, text: string): boolean {
  const source = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    false,
    fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (
      ts.isFunctionLike(node) &&
      !ts.isFunctionTypeNode(node) &&
      !ts.isMethodSignature(node) &&
      !ts.isCallSignatureDeclaration(node) &&
      !ts.isConstructSignatureDeclaration(node) &&
      !ts.isIndexSignatureDeclaration(node) &&
      !ts.isConstructorTypeNode(node)
    ) {
      found = true;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const GENERATED = (file: string): boolean => file.includes("/generated/") || /\.generated\.tsx?$/.test(file);

/**
 * Code files with logic that have no test named after them at their mirrored path (the list
 * docs/tests.md explains), given the repository's paths and a reader for a file's text.
 */
export function filesWithoutNamedTest(files: readonly string[], read: (file: string) => string): string[] {
  const tests = new Set(
    files.filter((file) => isTestPath(file) && TEST_FILE.test(file)).map((test) => `${path.posix.dirname(test)}/${baseName(test)}`),
  );
  return files
    .filter((file) => isCodeFile(file) && !GENERATED(file))
    .filter((file) => !tests.has(`${mirroredFolder(file)}/${baseName(file)}`))
    .filter((file) => hasLogic(file, read(file)))
    .sort();
}
