/**
 * Sizes of what the solution ships: each control's bundle.js (pcf-scripts production build) and
 * the form-script web resource. gzip at level 9, as a CDN would serve it. Needs `npm run build`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { webResourceBudgetName } from "../scripts/budgets";

const root = path.resolve(__dirname, "..");

export interface BundleSize {
  name: string;
  file: string;
  /** undefined: not built (the table says so instead of failing). */
  bytes?: number;
  gzipBytes?: number;
}

function jsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? jsFiles(path.join(dir, entry.name)) : entry.name.endsWith(".js") ? [path.join(dir, entry.name)] : [],
  );
}

function sizeOf(name: string, file: string): BundleSize {
  if (!existsSync(file)) return { name, file: path.relative(root, file) };
  const content = readFileSync(file);
  return { name, file: path.relative(root, file), bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

/** A library component's packaged scripts, which pcf-scripts copies beside its bundle.js (the ownership library's). */
const packagedScripts = (control: string): BundleSize[] =>
  jsFiles(path.join(root, "out", "controls", control))
    .filter((file) => path.basename(file) !== "bundle.js")
    .map((file) => sizeOf(`${control} ${path.basename(file)}`, file));

/** Every control's bundle (missing ones listed without sizes), packaged library scripts, and the web resource files. */
export function bundleSizes(): BundleSize[] {
  const controls = readdirSync(path.join(root, "controls"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(root, "controls", entry.name, "ControlManifest.Input.xml")))
    .map((entry) => entry.name);
  const webResources = jsFiles(path.join(root, "out", "webresource"));
  return [
    ...controls.flatMap((name) => [sizeOf(name, path.join(root, "out", "controls", name, "bundle.js")), ...packagedScripts(name)]),
    ...(webResources.length ? webResources : [path.join(root, "out", "webresource", "forms.js")]).map((file) =>
      sizeOf(webResourceBudgetName(path.basename(file)), file),
    ),
  ];
}
