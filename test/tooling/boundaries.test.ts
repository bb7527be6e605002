/**
 * The folder boundaries of docs/architecture.md ("Boundaries") are lint rules (eslint.config.mjs:
 * import-x/no-restricted-paths zones, no-restricted-imports for React in rules and schema,
 * import-x/no-cycle). This suite plants one wrong-way import per boundary, checks that `npm run lint`'s
 * config refuses it, checks that the arrows the design allows still pass, plants a cycle, and lints
 * the real tree with those rules alone. The wrong-way imports are written here by hand, from the
 * design's table, not derived from the config: a boundary dropped from the config fails a case.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

interface LintMessage {
  ruleId: string | null;
  message: string;
  severity: number;
}
interface LintResult {
  filePath: string;
  messages: LintMessage[];
}

const root = path.resolve(__dirname, "../..");
const runner = path.join(__dirname, "lintImports.mjs");

/** ESLint with the project's config, import rules only, in a child process (lintImports.mjs says why). */
function lint(job: { texts?: { filePath: string; code: string }[]; files?: string[] }): LintResult[] {
  const out = execFileSync(process.execPath, [runner], {
    cwd: root,
    input: JSON.stringify(job),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as LintResult[];
}

/** A planted file in `folder` that imports `specifier` (resolved from that file, to a real file). */
interface Planted {
  file: string;
  specifier: string;
}
const code = ({ specifier }: Planted): string => `import * as planted from "${specifier}";\nexport const used = planted;\n`;

// One per row of the design's table (each names the arrow it breaks).
const WRONG_WAY: readonly Planted[] = [
  // controls ship: no fake, no test infrastructure, no Node-only plugins-shim, no pipeline.
  { file: "controls/common/planted.ts", specifier: "../../simulator/organization/inMemoryDataverse" },
  { file: "controls/SocialProfileCard/planted.ts", specifier: "../../test/support/chromium" },
  { file: "controls/SocialProfileGallery/planted.ts", specifier: "../../plugins-shim/pipeline" },
  { file: "controls/WhatsAppAccountWizard/planted.ts", specifier: "../../solution/version" },
  // plugins-shim layers: schema ← rules ← ownership ← client ← pipeline ← intake; webresource and solutionNames apart.
  { file: "plugins-shim/schema/planted.ts", specifier: "../rules/guid" },
  { file: "plugins-shim/rules/planted.ts", specifier: "../client" },
  { file: "plugins-shim/ownership/planted.ts", specifier: "../client/errors" },
  { file: "plugins-shim/client/planted.ts", specifier: "../pipeline" },
  { file: "plugins-shim/pipeline/planted.ts", specifier: "../intake" },
  { file: "plugins-shim/intake/planted.ts", specifier: "../webresource/messages" },
  { file: "plugins-shim/webresource/planted.ts", specifier: "../client/errors" },
  { file: "plugins-shim/solutionNames/planted.ts", specifier: "../rules/guid" },
  // plugins-shim (but cli and strings) never imports a fake, a tool or Node-only code: the two folder cycles first.
  { file: "plugins-shim/client/planted2.ts", specifier: "../../simulator/organization/inMemoryDataverse" },
  { file: "plugins-shim/webresource/planted2.ts", specifier: "../../solution/version" },
  { file: "plugins-shim/intake/planted2.ts", specifier: "../../dataverse-node/signInKinds" },
  { file: "plugins-shim/rules/planted2.ts", specifier: "../strings/resx" },
  { file: "plugins-shim/strings/planted.ts", specifier: "../../simulator/pcfHost/numberFormatting" },
  { file: "plugins-shim/cli/planted.ts", specifier: "../../server/handler" },
  { file: "dataverse-node/planted.ts", specifier: "../plugins-shim/cli/keyedLocks" },
  { file: "server/planted.ts", specifier: "../simulator/webApi/webApiDouble" },
  { file: "simulator/pcfHost/planted.ts", specifier: "../../test/support/chromium" },
  { file: "simulator/organization/planted.ts", specifier: "../../playground/src/hostSettings" },
  { file: "solution/planted.ts", specifier: "../controls/common/formatCount" },
  { file: "playground/src/planted.ts", specifier: "../../test/controls/SocialProfileGallery/harness" },
  { file: "scripts/planted.ts", specifier: "../bench/productionBundle" },
  { file: "bench/planted.ts", specifier: "../playground/src/hostSettings" },
];

// Arrows the design allows, including each exception the table names.
const RIGHT_WAY: readonly Planted[] = [
  { file: "controls/common/planted.ts", specifier: "../../plugins-shim/client" },
  { file: "plugins-shim/rules/planted.ts", specifier: "../schema/entitySets" },
  { file: "plugins-shim/client/planted.ts", specifier: "../ownership" },
  { file: "plugins-shim/webresource/planted.ts", specifier: "../solutionNames/webResourceNames" },
  { file: "plugins-shim/cli/planted.ts", specifier: "../../simulator/organization/embeddedOrganization" },
  { file: "server/planted.ts", specifier: "../plugins-shim/cli/keyedLocks" },
  { file: "simulator/pcfHost/planted.ts", specifier: "../../controls/common/communityMarks" },
  { file: "solution/planted.ts", specifier: "../plugins-shim/solutionNames/publisher" },
  { file: "playground/planted.ts", specifier: "../test/support/chromium" },
  { file: "scripts/previews/planted.ts", specifier: "../../simulator/pcfHost/datasetContext" },
  { file: "bench/planted.ts", specifier: "../test/plugins-shim/fixtures/seed004-sample-payload.json" },
  // The tools' one set of esbuild options and the one budget table live in scripts/: bench and the playground build with them.
  { file: "bench/planted.ts", specifier: "../scripts/budgets" },
  { file: "playground/planted.ts", specifier: "../scripts/esbuildOptions" },
  { file: "test/plugins-shim/planted.test.ts", specifier: "../../simulator/webApi/webApiDouble" },
];

const zoneErrors = (result: LintResult): LintMessage[] =>
  result.messages.filter((m) => m.ruleId === "import-x/no-restricted-paths" && m.severity === 2);

describe("folder boundaries in npm run lint", () => {
  let wrongWay: LintResult[];
  let rightWay: LintResult[];
  let react: LintResult[];

  beforeAll(() => {
    const results = lint({
      texts: [
        ...[...WRONG_WAY, ...RIGHT_WAY].map((planted) => ({ filePath: path.join(root, planted.file), code: code(planted) })),
        {
          filePath: path.join(root, "plugins-shim/rules/plantedView.ts"),
          code: 'import * as React from "react";\nexport const used = React;\n',
        },
        {
          filePath: path.join(root, "plugins-shim/schema/plantedView.ts"),
          code: 'import { Button } from "@fluentui/react-components";\nexport const used = Button;\n',
        },
      ],
    });
    wrongWay = results.slice(0, WRONG_WAY.length);
    rightWay = results.slice(WRONG_WAY.length, WRONG_WAY.length + RIGHT_WAY.length);
    react = results.slice(WRONG_WAY.length + RIGHT_WAY.length);
  }, 300_000);

  it.each(WRONG_WAY.map((planted, i) => [planted.file, planted.specifier, i] as const))("%s may not import %s", (_file, specifier, i) => {
    const errors = zoneErrors(wrongWay[i]);
    expect(errors).toHaveLength(1);
    // The message names the import and points at the design.
    expect(errors[0].message).toContain(`"${specifier}"`);
    expect(errors[0].message).toContain("docs/architecture.md");
  });

  it.each(RIGHT_WAY.map((planted, i) => [planted.file, planted.specifier, i] as const))("%s may import %s", (_file, _specifier, i) => {
    expect(rightWay[i].messages).toEqual([]);
  });

  it("rules and schema never import React or Fluent", () => {
    for (const result of react) {
      expect(result.messages).toEqual([
        expect.objectContaining({
          ruleId: "no-restricted-imports",
          severity: 2,
          message: expect.stringContaining("never import React or Fluent"),
        }),
      ]);
    }
  });

  it("refuses an import cycle", () => {
    // Real files: no-cycle follows imports on disk. Under test/ (no zone applies there) and removed after.
    const dir = mkdtempSync(path.join(__dirname, "planted-cycle-"));
    try {
      writeFileSync(path.join(dir, "first.ts"), 'import { second } from "./second";\nexport const first = (): number => second() + 1;\n');
      writeFileSync(
        path.join(dir, "second.ts"),
        'import { first } from "./first";\nexport const second = (): number => (first.length > 0 ? 1 : 0);\n',
      );
      const results = lint({ files: [path.join(dir, "first.ts"), path.join(dir, "second.ts")] });
      expect(results).toHaveLength(2);
      for (const result of results)
        expect(result.messages).toEqual([expect.objectContaining({ ruleId: "import-x/no-cycle", severity: 2 })]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it("finds the real tree clean: no wrong-way import and no cycle", () => {
    const dirty = lint({ files: ["."] }).filter((result) => result.messages.length > 0);
    expect(
      dirty.map(({ filePath, messages }) => ({ file: path.relative(root, filePath), messages: messages.map((m) => m.message) })),
    ).toEqual([]);
  }, 300_000);
});
