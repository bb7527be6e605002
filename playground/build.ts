/**
 * Bundles the playground page with esbuild: React 16.14 production build and Fluent 9 from
 * node_modules, the three controls through their real index.ts classes, the test/support fakes,
 * and the ownership library's packaged script beside it (loaded on demand, src/dependencyLoader.ts).
 * plugins-shim/strings/resx.ts reads the .resx files with node:fs; here those reads are answered
 * from the .resx files embedded at build time (browserNodeShims), so the page uses the same fake.
 */
import { build } from "esbuild";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildOwnershipLibrary } from "../scripts/ownershipLibrary";

const root = path.resolve(__dirname, "..");
export const PLAYGROUND_OUT = path.join(root, "out", "playground");
const STRINGS_DIR = path.join(root, "controls", "common", "strings");
const STRINGS_READER_DIR = path.join(root, "plugins-shim", "strings");

/** The shared .resx files by file name, for the node:fs shim. */
function embeddedResx(): Record<string, string> {
  const files = readdirSync(STRINGS_DIR).filter((name) => name.endsWith(".resx"));
  return Object.fromEntries(files.map((name) => [name, readFileSync(path.join(STRINGS_DIR, name), "utf8")]));
}

/** node:fs and node:path for the .resx reader (plugins-shim/strings) in the browser: only what it calls. */
const browserNodeShims = {
  name: "browser-node-shims",
  setup(esbuild: import("esbuild").PluginBuild) {
    esbuild.onResolve({ filter: /^node:(fs|path)$/ }, (args) => {
      if (path.dirname(args.importer) !== STRINGS_READER_DIR) {
        return { errors: [{ text: `${args.path} imported by ${path.relative(root, args.importer)}: only plugins-shim/strings may use it in the playground` }] };
      }
      return { path: args.path, namespace: "node-shim" };
    });
    esbuild.onLoad({ filter: /.*/, namespace: "node-shim" }, (args) => {
      if (args.path === "node:fs") {
        return {
          loader: "js",
          contents: `const files = ${JSON.stringify(embeddedResx())};
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

export async function buildPlayground(options: { outDir?: string } = {}): Promise<string> {
  const outDir = options.outDir ?? PLAYGROUND_OUT;
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [path.join(__dirname, "src", "main.tsx")],
    bundle: true,
    outfile: path.join(outDir, "playground.js"),
    platform: "browser",
    format: "iife",
    target: "es2020",
    minify: true,
    define: { "process.env.NODE_ENV": '"production"', __dirname: '"/plugins-shim/strings"' },
    plugins: [browserNodeShims],
    logLevel: "warning",
  });
  // The ownership library's packaged script, which the page's utils.loadDependency loads on demand
  // (src/dependencyLoader.ts): the same build as the solution's.
  await buildOwnershipLibrary(path.join(outDir, "socialChannelOwnership.js"));
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
