// One lint for the whole project (pcf-scripts lints only control folders and ignores warnings).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import powerApps from "@microsoft/eslint-plugin-power-apps";
import globals from "globals";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import path from "node:path";
import { fileURLToPath } from "node:url";

const browserStorageBan = ["localStorage", "sessionStorage"].flatMap((name) => [
  { object: "window", property: name, message: "Browser storage is banned: secrets and user data must never be written there." },
  { object: "globalThis", property: name, message: "Browser storage is banned." },
  { object: "self", property: name, message: "Browser storage is banned." },
]);

// The folder boundaries of docs/architecture.md ("Boundaries"), as lint enforces them: each folder
// and the folders it may not import. A file obeys every row whose folder holds it (a file of
// plugins-shim/rules: its own row and the shipped plugins-shim row). Tools and fakes sit on top,
// shipped code at the bottom: an arrow never points up. docs/architecture.md prints this table and
// test/tooling/boundaries.test.ts plants a wrong-way import for each row; keep the three equal.
const TOOLS = ["simulator", "test", "playground", "bench", "scripts", "server", "dataverse-node", "solution"];
const NODE_ONLY_SHIM = ["plugins-shim/cli", "plugins-shim/strings"];
// What of plugins-shim ships or runs in production: all but cli/ (the commands; their dry run runs over
// simulator/organization) and strings/ (the Node .resx reader for tools and tests).
const SHIM_LIBRARIES = ["schema", "rules", "ownership", "client", "pipeline", "intake", "webresource", "solutionNames"].map(
  (name) => `plugins-shim/${name}`,
);
const VIEWS_AND_HOSTS = ["controls", "plugins-shim/client", "plugins-shim/pipeline", "plugins-shim/intake", "plugins-shim/webresource"];
export const BOUNDARIES = [
  {
    folder: "controls",
    mayNotImport: [...TOOLS, ...NODE_ONLY_SHIM, "plugins-shim/pipeline", "plugins-shim/intake", "plugins-shim/webresource"],
    why: "controls ship: never a fake, a tool or Node-only code",
  },
  {
    folder: "plugins-shim/schema",
    mayNotImport: [...VIEWS_AND_HOSTS, "plugins-shim/rules", "plugins-shim/ownership", "plugins-shim/solutionNames"],
    why: "schema is the bottom: table metadata imports nothing of the project",
  },
  {
    folder: "plugins-shim/rules",
    mayNotImport: [...VIEWS_AND_HOSTS, "plugins-shim/ownership", "plugins-shim/solutionNames"],
    why: "rules import only plugins-shim/schema, never a control, the client or the host",
  },
  {
    folder: "plugins-shim/ownership",
    mayNotImport: VIEWS_AND_HOSTS,
    why: "ownership rules are pure: the client calls them, not the other way",
  },
  {
    folder: "plugins-shim/client",
    mayNotImport: ["controls", "plugins-shim/pipeline", "plugins-shim/intake", "plugins-shim/webresource"],
    why: "the client serves controls, the pipeline and intake; it imports none of them",
  },
  {
    folder: "plugins-shim/pipeline",
    mayNotImport: ["controls", "plugins-shim/intake", "plugins-shim/webresource"],
    why: "the pipeline shim runs rules over a client; intake builds on it",
  },
  {
    folder: "plugins-shim/intake",
    mayNotImport: ["controls", "plugins-shim/webresource"],
    why: "intake plans over the pipeline; no view reaches it",
  },
  {
    folder: "plugins-shim/webresource",
    mayNotImport: ["controls", "plugins-shim/client", "plugins-shim/pipeline", "plugins-shim/intake", "plugins-shim/ownership"],
    why: "the form script carries the rules and their strings only",
  },
  {
    folder: "plugins-shim/solutionNames",
    mayNotImport: [...VIEWS_AND_HOSTS, "plugins-shim/schema", "plugins-shim/rules", "plugins-shim/ownership"],
    why: "the solution's names are constants: they import nothing",
  },
  {
    folder: SHIM_LIBRARIES,
    mayNotImport: ["controls", ...TOOLS, ...NODE_ONLY_SHIM],
    why: "plugins-shim (but cli and strings) ships or runs in production: never a fake, a tool or Node-only code",
  },
  {
    folder: "plugins-shim/strings",
    mayNotImport: ["controls", ...TOOLS, "plugins-shim/cli"],
    why: "the .resx reader reads files; it needs none of the project",
  },
  {
    folder: "plugins-shim/cli",
    mayNotImport: ["controls", "test", "playground", "bench", "scripts", "server", "solution"],
    why: "the commands run rules and intake over a client: the in-memory one (simulator/organization) or dataverse-node",
  },
  {
    folder: "dataverse-node",
    mayNotImport: ["controls", "simulator", "test", "playground", "bench", "scripts", "server", "solution", ...NODE_ONLY_SHIM],
    why: "the Node connection is one more DataverseClient; the commands use it, not the other way",
  },
  {
    folder: "server",
    mayNotImport: ["controls", "simulator", "test", "playground", "bench", "scripts", "solution"],
    why: "the webhook server runs in production: never a fake",
  },
  {
    folder: "simulator",
    mayNotImport: ["test", "playground", "bench", "scripts", "server", "solution", "dataverse-node"],
    why: "the fakes stand alone: tests, playground, benchmarks and previews import them",
  },
  {
    folder: "solution",
    mayNotImport: ["controls", "simulator", "test", "playground", "bench", "scripts", "server", "dataverse-node"],
    why: "the packer reads built files, not sources of controls or tools",
  },
  {
    folder: "playground",
    mayNotImport: ["test", "bench", "server", "solution"],
    exceptTest: true,
    why: "the playground hosts the controls over simulator/ fakes, built with the tools' esbuild options (scripts/)",
  },
  { folder: "scripts", mayNotImport: ["test", "playground", "bench", "server"], exceptTest: true, why: "build tools and previews" },
  {
    folder: "bench",
    mayNotImport: ["test", "playground"],
    exceptTest: true,
    why: "benchmarks measure shipped code over simulator/ fakes, built and judged by the tools (scripts/: esbuild options, budgets)",
  },
];

// Test infrastructure other folders may use: the browser launcher and committed sample data.
const TEST_EXCEPTIONS = ["test/support/chromium.{ts,tsx}", "test/**/fixtures/**"];

// Absolute globs on both sides (minimatch against the resolved file), so exceptions can be globs too.
const root = path.dirname(fileURLToPath(import.meta.url));
const globOf = (folder) => `${root}/${folder}/**`;
const boundaryZones = BOUNDARIES.map(({ folder, mayNotImport, exceptTest = false, why }) => ({
  target: [folder].flat().map(globOf),
  from: mayNotImport.map(globOf),
  except: exceptTest ? TEST_EXCEPTIONS.map((exception) => `${root}/${exception}`) : [],
  message: `${[folder].flat().join(", ")} may not import ${mayNotImport.join(", ")}: ${why} (docs/architecture.md, "Boundaries").`,
}));

const SCHEMA_AND_RULES = ["plugins-shim/schema", "plugins-shim/rules"];

export default tseslint.config(
  {
    ignores: [".tmp/", "node_modules/", "out/", "coverage/", "test-results/", "**/generated/", "**/*.d.ts"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "@microsoft/power-apps": powerApps },
    rules: { ...powerApps.configs.paCheckerHosted.rules },
  },
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    plugins: { react, "react-hooks": reactHooks },
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    settings: { react: { version: "16.14" } },
    rules: {
      ...react.configs.recommended.rules,
      ...reactHooks.configs.recommended.rules,
      "react/prop-types": "off",
      "react/jsx-no-script-url": "error",
      "react/no-danger": "error",
      "react/jsx-no-target-blank": "error",
      "no-restricted-globals": [
        "error",
        { name: "localStorage", message: "Browser storage is banned: secrets and user data must never be written there." },
        { name: "sessionStorage", message: "Browser storage is banned: secrets and user data must never be written there." },
      ],
      "no-restricted-properties": ["error", ...browserStorageBan],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      eqeqeq: ["error", "smart"],
      "no-console": "off",
    },
  },
  // Folder boundaries: the arrows of docs/architecture.md ("Boundaries"), one zone per
  // folder that says what it may not import. A zone matches the resolved file, so "../../simulator/x"
  // and a barrel path are caught alike; packages (React, Fluent) are caught by name below.
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.all.json" })],
      // no-cycle follows imports by parsing the imported files: only those with these extensions
      // (the plugin's default is JavaScript only, and a .ts file would be skipped, cycles unseen).
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs", ".cjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      // Packages are never followed (ignoreExternal below): fast, and their cycles are not ours.
      "import-x/external-module-folders": ["node_modules"],
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: boundaryZones }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    // Rules and schema are pure: no view library, whoever calls them.
    files: SCHEMA_AND_RULES.map((folder) => `${folder}/**`),
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react/*", "react-dom", "react-dom/*", "@fluentui/*"],
              message: "plugins-shim/schema and rules never import React or Fluent (docs/architecture.md).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.cjs", "jest.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
