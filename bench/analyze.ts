/**
 * `npx tsx bench/analyze.ts [name]`: a quick (seconds, not the build's minute) estimate of each
 * shipped bundle's gzip size and where its bytes come from — esbuild's metafile, with React and
 * Fluent UI external as the platform provides them. The figures approximate pcf-scripts' webpack
 * output; `npm run build && npm run bench:size` is the measurement that counts.
 */
import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { analyzeMetafile, build } from "esbuild";
import { FORM_SCRIPT_ENTRY } from "../scripts/formScript";
import { BROWSER_BUILD_OPTIONS, PLATFORM_LIBRARIES } from "../scripts/esbuildOptions";

const root = path.resolve(__dirname, "..");

const entries: Record<string, string> = Object.fromEntries([
  ...readdirSync(path.join(root, "controls"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(root, "controls", entry.name, "index.ts")))
    .map((entry) => [entry.name, path.join(root, "controls", entry.name, "index.ts")]),
  ["forms.js", path.join(root, FORM_SCRIPT_ENTRY)],
]);

async function analyze(name: string, entry: string): Promise<void> {
  const result = await build({
    ...BROWSER_BUILD_OPTIONS,
    entryPoints: [entry],
    write: false,
    metafile: true,
    external: PLATFORM_LIBRARIES,
    logLevel: "error",
  });
  const code = result.outputFiles[0].contents;
  console.log(`\n${name}: ${code.length} B, ${gzipSync(code, { level: 9 }).length} B gzip`);
  if (process.argv.includes("--detail")) console.log(await analyzeMetafile(result.metafile, { verbose: false }));
}

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
  for (const [name, entry] of Object.entries(entries)) if (!only.length || only.includes(name)) await analyze(name, entry);
}

void main();
