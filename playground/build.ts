/**
 * Bundles the playground page with esbuild: React 16.14 production build and Fluent 9 from
 * node_modules, the three controls through their real index.ts classes, the test/support fakes,
 * and beside it the ownership library component's code (controls/SocialProfileOwnership/index.ts,
 * loaded on demand, src/dependencyLoader.ts) with React and Fluent read from the page, as the
 * platform gives a control's code the platform libraries it declares.
 * plugins-shim/strings/resx.ts reads the .resx files, and simulator/pcfHost/controlResources.ts the
 * controls' image resources, with node:fs; here those reads are answered from the files embedded
 * at build time (browserNodeShims), so the page uses the same fakes.
 */
import { build } from "esbuild";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { OWNERSHIP_LIBRARY_SCRIPT, PAGE_PLATFORM_GLOBALS } from "./src/platformGlobals";
import { BROWSER_BUILD_OPTIONS } from "../scripts/esbuildOptions";

const root = path.resolve(__dirname, "..");
export const PLAYGROUND_OUT = path.join(root, "out", "playground");
const STRINGS_DIR = path.join(root, "controls", "common", "strings");
const STRINGS_READER_DIR = path.join(root, "plugins-shim", "strings");
const RESOURCE_READER = path.join(root, "simulator", "pcfHost", "controlResources.ts");
const IMAGE_RESOURCES = [path.join(root, "controls", "common", "img", "communityMarks.svg")];

/** The shared .resx files and the controls' image resources by file name, for the node:fs shim. */
function embeddedFiles(): Record<string, string> {
  const files = readdirSync(STRINGS_DIR)
    .filter((name) => name.endsWith(".resx"))
    .map((name) => path.join(STRINGS_DIR, name));
  return Object.fromEntries([...files, ...IMAGE_RESOURCES].map((file) => [path.basename(file), readFileSync(file, "utf8")]));
}

/** node:fs and node:path for the .resx reader (plugins-shim/strings) and the resource fake in the browser: only what they call. */
const browserNodeShims = {
  name: "browser-node-shims",
  setup(esbuild: import("esbuild").PluginBuild) {
    esbuild.onResolve({ filter: /^node:(fs|path)$/ }, (args) => {
      if (path.dirname(args.importer) !== STRINGS_READER_DIR && args.importer !== RESOURCE_READER) {
        return {
          errors: [
            {
              text: `${args.path} imported by ${path.relative(root, args.importer)}: only plugins-shim/strings and simulator/pcfHost/controlResources.ts may use it in the playground`,
            },
          ],
        };
      }
      return { path: args.path, namespace: "node-shim" };
    });
    esbuild.onLoad({ filter: /.*/, namespace: "node-shim" }, (args) => {
      if (args.path === "node:fs") {
        return {
          loader: "js",
          contents: `const files = ${JSON.stringify(embeddedFiles())};
export function readFileSync(file) {
  const name = String(file).split("/").pop();
  if (!(name in files)) throw new Error("playground: " + file + " was not embedded at build time");
  return files[name];
}`,
        };
      }
      return {
        loader: "js",
        contents: `const join = (...parts) => parts.join("/");
export default { join, resolve: join };`,
      };
    });
  },
};

/** React and Fluent UI in the library's code are the page's own (src/platformGlobals.ts), never a second copy. */
const pagePlatformLibraries = {
  name: "page-platform-libraries",
  setup(esbuild: import("esbuild").PluginBuild) {
    esbuild.onResolve({ filter: /^(react|@fluentui\/react-components(\/.*)?)$/ }, (args) => ({
      path: args.path.startsWith("react") ? "react" : "@fluentui/react-components",
      namespace: "page-platform",
    }));
    esbuild.onLoad({ filter: /.*/, namespace: "page-platform" }, (args) => ({
      loader: "js",
      contents: `module.exports = globalThis[${JSON.stringify(PAGE_PLATFORM_GLOBALS[args.path as keyof typeof PAGE_PLATFORM_GLOBALS])}];`,
    }));
  },
};

export async function buildPlayground(options: { outDir?: string } = {}): Promise<string> {
  const outDir = options.outDir ?? PLAYGROUND_OUT;
  mkdirSync(outDir, { recursive: true });
  await build({
    ...BROWSER_BUILD_OPTIONS,
    entryPoints: [path.join(__dirname, "src", "main.tsx")],
    outfile: path.join(outDir, "playground.js"),
    define: { ...BROWSER_BUILD_OPTIONS.define, __dirname: '"/plugins-shim/strings"' },
    plugins: [browserNodeShims],
  });
  // The ownership library component's code, which the page's utils.loadDependency loads on demand
  // (src/dependencyLoader.ts): the library control's own index.ts, as the solution ships it.
  await build({
    ...BROWSER_BUILD_OPTIONS,
    entryPoints: [path.join(root, "controls", "SocialProfileOwnership", "index.ts")],
    outfile: path.join(outDir, OWNERSHIP_LIBRARY_SCRIPT),
    plugins: [pagePlatformLibraries],
  });
  // The page, and a profile picture the card can load from the same origin.
  for (const file of ["index.html", "avatar.svg"]) writeFileSync(path.join(outDir, file), readFileSync(path.join(__dirname, file)));
  return outDir;
}

if (require.main === module) {
  buildPlayground().then(
    (dir) => console.log(`playground built in ${path.relative(root, dir)}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
