import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { withPrefix } from "../plugins-shim/solutionNames/publisher";

/** What pcf-scripts wrote for one control, as the packer and the verifier need it. */
export interface BuiltControl {
  /** Source folder name under controls/ (and out/controls/). */
  folderName: string;
  namespace: string;
  constructorName: string;
  version: string;
  /** The component name: `<prefix>_<namespace>.<constructor>` (the manifest keeps the bare namespace). */
  name: string;
  /** File paths relative to the control's output folder, forward slashes. */
  files: string[];
}

export const BUILT_MANIFEST = "ControlManifest.xml";
/** webpack's extracted licence comments; pcf-scripts writes it beside bundle.js. */
export const BUNDLE_LICENSE = "bundle.js.LICENSE.txt";
const RESX_LANGUAGE_SUFFIX = /\.\d{4}\.resx$/i;

interface ManifestResources {
  /** A library component's packaged scripts (`<library><packaged_library path>`), copied beside bundle.js by pcf-scripts. */
  library?: { packaged_library?: { "@path": string }[] }[];
  code?: { "@path": string }[];
  css?: { "@path": string }[];
  resx?: { "@path": string }[];
  img?: { "@path": string }[];
}

interface ParsedManifest {
  manifest?: { control?: object };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  // An empty prefix would make the "constructor" attribute a property named "constructor", which the parser refuses.
  attributeNamePrefix: "@",
  isArray: (name) => ["code", "css", "resx", "img", "library", "packaged_library"].includes(name),
});

export interface ManifestSummary {
  namespace: string;
  constructorName: string;
  version: string;
  /** Every resource path the manifest lists (code, packaged libraries, css, resx, img, preview image). */
  resources: string[];
}

/** Reads namespace, constructor, version and resource paths of a control manifest (source or built). */
export function summarizeManifest(xml: string, source: string): ManifestSummary {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`${source} is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const control = (parser.parse(xml) as ParsedManifest).manifest?.control ?? {};
  const own = (key: string): unknown =>
    Object.prototype.hasOwnProperty.call(control, key) ? (control as Record<string, unknown>)[key] : undefined;
  const [namespace, constructorName, version] = [own("@namespace"), own("@constructor"), own("@version")];
  if (!namespace || !constructorName || !version) {
    throw new Error(`${source} has no <control namespace constructor version>`);
  }
  const resources = (own("resources") as ManifestResources | undefined) ?? {};
  const packaged = (resources.library ?? []).flatMap((library) => library.packaged_library ?? []);
  const paths = [...(resources.code ?? []), ...packaged, ...(resources.css ?? []), ...(resources.resx ?? []), ...(resources.img ?? [])].map(
    (resource) => String(resource["@path"]),
  );
  if (own("@preview-image")) paths.push(String(own("@preview-image")));
  return {
    namespace: String(namespace),
    constructorName: String(constructorName),
    version: String(version),
    resources: [...new Set(paths.map((item) => item.replace(/\\/g, "/")))],
  };
}

/**
 * pcf-scripts copies every `<base>.<lcid>.resx` beside a listed one, listed or not (the runtime
 * picks the user's language by name), so those belong to the control too.
 */
export function isResxSibling(file: string, listed: readonly string[]): boolean {
  if (!RESX_LANGUAGE_SUFFIX.test(file)) return false;
  const base = file.replace(RESX_LANGUAGE_SUFFIX, "").toLowerCase();
  return listed.some((item) => RESX_LANGUAGE_SUFFIX.test(item) && item.replace(RESX_LANGUAGE_SUFFIX, "").toLowerCase() === base);
}

/** Source control folders: every `controls/<Name>/ControlManifest.Input.xml`. */
export function sourceControlFolders(controlsDir: string): string[] {
  if (!existsSync(controlsDir)) return [];
  return readdirSync(controlsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(controlsDir, entry.name, "ControlManifest.Input.xml")))
    .map((entry) => entry.name)
    .sort();
}

function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** Reads one built control; throws naming the missing file when the control was not (fully) built. */
export function readBuiltControl(outControlsDir: string, folderName: string): BuiltControl {
  const folder = path.join(outControlsDir, folderName);
  const manifestPath = path.join(folder, BUILT_MANIFEST);
  if (!existsSync(manifestPath)) {
    throw new Error(`Control ${folderName} was not built: ${manifestPath} is missing (run pcf-scripts build first).`);
  }
  const summary = summarizeManifest(readFileSync(manifestPath, "utf8"), manifestPath);
  for (const resource of summary.resources) {
    if (!existsSync(path.join(folder, resource))) {
      throw new Error(`Control ${folderName} is incomplete: ${path.join(folder, resource)} (listed in its manifest) is missing.`);
    }
  }
  const present = listFiles(folder);
  const files = present.filter(
    (file) =>
      file === BUILT_MANIFEST || file === BUNDLE_LICENSE || summary.resources.includes(file) || isResxSibling(file, summary.resources),
  );
  return {
    folderName,
    namespace: summary.namespace,
    constructorName: summary.constructorName,
    version: summary.version,
    name: withPrefix(`${summary.namespace}.${summary.constructorName}`),
    files: files.sort(),
  };
}
