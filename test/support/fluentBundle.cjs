/**
 * @fluentui/react-components as one CommonJS file for jest (jest.config.js maps the package to it).
 *
 * Why: jest gives every test file its own module registry, so each React test file resolved, read
 * and compiled the package's ~1,500 modules (about 60 @fluentui/* packages, @griffel, tabster, …)
 * again. One pre-bundled file is one read and one compile per test file. It is the same code: the
 * package's own build, bundled by esbuild to CommonJS (jest's module format here); React and
 * react-dom stay external, so tests and components share the one React the tests render with.
 *
 * Cached under node_modules/.cache/ (the conventional place for tools' caches; a fresh clone's
 * npm ci starts without it) and keyed by the installed version, so an upgrade builds a new one.
 * jest's globalSetup (this file's export) builds it once per run when missing, before any worker
 * starts; written to a temporary name and renamed, so a concurrent run never reads half a file.
 */
const { existsSync, mkdirSync, renameSync } = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "../..");
const packageName = "@fluentui/react-components";

/** The bundle's path for the installed version of the package. */
function fluentBundlePath() {
  const { version } = require(path.join(root, "node_modules", packageName, "package.json"));
  return path.join(root, "node_modules", ".cache", "jest-fluent", `react-components-${version}.cjs`);
}

async function buildFluentBundle() {
  const outfile = fluentBundlePath();
  if (existsSync(outfile)) return;
  mkdirSync(path.dirname(outfile), { recursive: true });
  const partial = `${outfile}.${process.pid}.tmp`;
  await require("esbuild").build({
    stdin: { contents: `export * from "${packageName}";`, resolveDir: root, loader: "js" },
    bundle: true,
    // "neutral", not "node": esbuild's node platform turns on the "node" export condition, which
    // @fluentui/react-components lists first and points at its CommonJS build (see below).
    platform: "neutral",
    format: "cjs",
    // Node 20 is the project's floor (package.json engines): no syntax lowering needed.
    target: "node20",
    // One React for the tests, the components and Fluent: react-dom's renderer and React's hooks
    // dispatcher must be the same module instances the test files use.
    external: ["react", "react-dom", "react/*", "react-dom/*", "scheduler"],
    // The packages' ES module builds ("module" field, "import" condition), the ones webpack bundles
    // into the shipped controls: esbuild can then leave out the thousands of @fluentui/react-icons
    // the components don't use (the packages say "sideEffects": false). From the CommonJS builds
    // the bundle held all of react-icons' lib-cjs: 21.8 MB instead of 2.1 MB.
    mainFields: ["module", "main"],
    // process.env.NODE_ENV is left for run time (jest sets "test"), as the package's own build reads it.
    logLevel: "warning",
    outfile: partial,
  });
  renameSync(partial, outfile);
}

module.exports = buildFluentBundle;
module.exports.fluentBundlePath = fluentBundlePath;
