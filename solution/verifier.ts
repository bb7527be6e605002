import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { BUILT_MANIFEST, BUNDLE_LICENSE, isResxSibling, ManifestSummary, summarizeManifest } from "./builtControls";
import { checkDependencyXml, checkMissingDependencies } from "./checks/dependencies";
import type { Problem, Rule } from "./checks/problem";
import {
  ContentTypesDoc,
  CustomizationsDoc,
  list,
  MissingDependency,
  NamedFile,
  RootComponent,
  solutionParser as parser,
  SolutionDoc,
  text,
  WebResourceDoc,
} from "./checks/solutionDocs";
import { verifyUpgrade } from "./checks/upgrade";
import { checkWebResources } from "./checks/webResources";
import { compareVersions, controlVersionOf, latestVersion, MAX_VERSION_PART, parseVersion } from "./version";
import { readZipEntries, ZipEntry } from "./zip";

export type { Problem, Rule } from "./checks/problem";

export interface VerifyOptions {
  /** Solution versions already released (RELEASED_VERSIONS in solution/releasedVersions.ts). */
  releasedVersions: readonly string[];
  /** out/controls: each control's manifest in the zip must equal the one built there. */
  outControlsDir?: string;
  /** Expected value of solution.xml's Managed flag, when known from the file name. */
  expectManaged?: boolean;
  /** The zip this one must import over as an upgrade (the version installed in an org). */
  installed?: Uint8Array;
}

export const ROOT_FILES = ["solution.xml", "customizations.xml", "[Content_Types].xml"] as const;
/** Dataverse's default attachment limit, which a web resource or control file may not exceed. */
export const IMPORT_FILE_LIMIT = 5 * 1024 * 1024;
/** Warn well before the limit: "near" is 90 %. */
export const NEAR_LIMIT = Math.floor(IMPORT_FILE_LIMIT * 0.9);
const PREFIX_PATTERN = /^[A-Za-z][A-Za-z0-9]{1,7}$/;

/** Why an entry name is unsafe to extract, or undefined when it is a plain relative path. */
function unsafePath(name: string): string | undefined {
  if (name.includes("\\")) return "uses a backslash";
  if (name.startsWith("/")) return "is absolute";
  if (/^[A-Za-z]:/.test(name)) return "starts with a drive letter";
  if (name.split("/").some((segment) => segment === ".." || segment === ".")) return "walks out of its folder (. or ..)";
  if (name.split("/").some((segment) => segment === "")) return "has an empty path segment";
  return undefined;
}

/** Built manifests under out/controls by component identity (namespace.constructor). */
function builtManifests(outControlsDir: string): Map<string, { file: string; xml: string }> {
  const found = new Map<string, { file: string; xml: string }>();
  if (!existsSync(outControlsDir)) return found;
  for (const entry of readdirSync(outControlsDir, { withFileTypes: true })) {
    const file = path.join(outControlsDir, entry.name, BUILT_MANIFEST);
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const xml = readFileSync(file, "utf8");
    try {
      const summary = summarizeManifest(xml, file);
      found.set(`${summary.namespace}.${summary.constructorName}`, { file, xml });
    } catch {
      // A broken built manifest is reported through the zip's copy of it.
    }
  }
  return found;
}

/** Checks a solution zip against the project's rules; returns every problem found, each naming what is wrong. */
export function verifySolutionZip(zip: Uint8Array, options: VerifyOptions): Problem[] {
  const problems: Problem[] = [];
  const report = (rule: Rule, message: string) => problems.push({ rule, message });

  let entries: ZipEntry[];
  try {
    entries = readZipEntries(zip);
  } catch (error) {
    return [{ rule: "zip", message: `not a readable zip: ${(error as Error).message}` }];
  }
  if (entries.length === 0) return [{ rule: "zip", message: "the file holds no zip entries (not a solution zip)" }];

  // Entry names: safe, unique.
  const byName = new Map<string, ZipEntry>();
  const seenLower = new Set<string>();
  for (const entry of entries) {
    const why = unsafePath(entry.name);
    if (why) report("entry-path", `entry "${entry.name}" ${why}`);
    const lower = entry.name.toLowerCase();
    if (seenLower.has(lower)) report("duplicate-entry", `entry "${entry.name}" appears more than once`);
    seenLower.add(lower);
    if (!byName.has(entry.name)) byName.set(entry.name, entry);
  }
  const utf8 = new TextDecoder("utf-8");
  const textOf = (name: string): string => utf8.decode(byName.get(name)!.data).replace(/^\uFEFF/, "");

  // The three root files, exactly at the root and lower-case.
  for (const root of ROOT_FILES) {
    if (byName.has(root)) continue;
    const misplaced = entries.find((entry) => entry.name.toLowerCase().endsWith(root.toLowerCase()));
    report(
      "root-files",
      misplaced ? `${root} must be at the zip's root, named exactly so (found "${misplaced.name}")` : `${root} is missing`,
    );
  }

  // Well-formed XML everywhere.
  const wellFormed = new Set<string>();
  for (const entry of byName.values()) {
    if (!/\.(xml|resx)$/i.test(entry.name)) continue;
    const result = XMLValidator.validate(textOf(entry.name));
    if (result === true) wellFormed.add(entry.name);
    else report("xml", `${entry.name} is not well-formed XML: ${result.err.msg} (line ${result.err.line})`);
  }

  // Size of every part (bundles first of all) against the import limit.
  for (const entry of byName.values()) {
    if (entry.data.length >= NEAR_LIMIT) {
      report("bundle-size", `${entry.name} is ${entry.data.length} bytes, at or near the ${IMPORT_FILE_LIMIT}-byte import limit`);
    }
  }

  if (!wellFormed.has("solution.xml")) return problems;
  const manifest = (parser.parse(textOf("solution.xml")) as SolutionDoc).ImportExportXml?.SolutionManifest;
  if (!manifest) {
    report("root-files", "solution.xml has no ImportExportXml/SolutionManifest");
    return problems;
  }

  // Publisher and prefix.
  const prefix = text(manifest.Publisher?.CustomizationPrefix);
  // "2 to 8 characters long, can only consist of alpha-numerics, must start with a letter, and
  // cannot start with 'mscrm'" (Power Apps docs, "Create a solution publisher").
  if (!PREFIX_PATTERN.test(prefix) || prefix.toLowerCase().startsWith("mscrm")) {
    report(
      "publisher",
      `publisher prefix "${prefix}" must be 2–8 letters or digits starting with a letter, and must not start with "mscrm"`,
    );
  }
  const optionPrefix = Number(text(manifest.Publisher?.CustomizationOptionValuePrefix));
  if (!Number.isInteger(optionPrefix) || optionPrefix < 10000 || optionPrefix > 99999) {
    report("publisher", `publisher option value prefix "${text(manifest.Publisher?.CustomizationOptionValuePrefix)}" must be 10000–99999`);
  }
  if (!text(manifest.Publisher?.UniqueName)) report("publisher", "publisher unique name is missing");
  const prefixed = (name: string) => name.toLowerCase().startsWith(`${prefix.toLowerCase()}_`);

  // Version.
  const version = text(manifest.Version);
  if (!parseVersion(version)) {
    report("version", `solution version "${version}" must be 2–4 dotted integers, each at most ${MAX_VERSION_PART}`);
  } else {
    const last = latestVersion(options.releasedVersions);
    if (last && compareVersions(version, last) <= 0) {
      report("version", `solution version ${version} must be higher than the last released version ${last}`);
    }
  }
  if (options.expectManaged !== undefined && text(manifest.Managed) !== (options.expectManaged ? "1" : "0")) {
    report(
      "managed",
      `solution.xml says Managed=${text(manifest.Managed)} but this zip should be ${options.expectManaged ? "managed (1)" : "unmanaged (0)"}`,
    );
  }

  // Root components.
  const roots = list<RootComponent>(manifest.RootComponents as never, "RootComponent").map((root) => ({
    type: text(root["@type"]),
    schemaName: text(root["@schemaName"]),
  }));
  const rootKeys = new Set<string>();
  for (const root of roots) {
    const key = `${root.type}:${root.schemaName.toLowerCase()}`;
    if (rootKeys.has(key)) report("duplicate-component", `root component ${root.schemaName} (type ${root.type}) is listed more than once`);
    rootKeys.add(key);
    if (!prefixed(root.schemaName)) report("prefix", `root component ${root.schemaName} lacks the publisher prefix "${prefix}_"`);
  }

  checkMissingDependencies(list<MissingDependency>(manifest.MissingDependencies as never, "MissingDependency"), rootKeys, report);
  if (options.installed) problems.push(...verifyUpgrade(options.installed, zip));

  if (!wellFormed.has("customizations.xml")) return problems;
  const customizations = (parser.parse(textOf("customizations.xml")) as CustomizationsDoc).ImportExportXml ?? {};
  const webResources = list<WebResourceDoc>(customizations.WebResources as never, "WebResource");
  const customControls = list<NamedFile>(customizations.CustomControls as never, "CustomControl");
  const knownFiles = new Set<string>(ROOT_FILES);
  const fileEntry = (fileName: string) => fileName.replace(/^\//, "");

  // Web resources: unique, prefixed, with a root component and a file.
  const webResourceNames = new Set<string>();
  for (const resource of webResources) {
    const name = text(resource.Name);
    if (webResourceNames.has(name.toLowerCase())) report("duplicate-component", `web resource ${name} is defined more than once`);
    webResourceNames.add(name.toLowerCase());
    if (!prefixed(name)) report("prefix", `web resource ${name} lacks the publisher prefix "${prefix}_"`);
    if (!rootKeys.has(`61:${name.toLowerCase()}`))
      report("component-files", `web resource ${name} has no type-61 root component in solution.xml`);
    const file = fileEntry(text(resource.FileName));
    if (!byName.has(file)) report("component-files", `web resource ${name}: its file ${file || "(none)"} is not in the zip`);
    knownFiles.add(file);
  }

  checkWebResources(webResources, version, report);
  checkDependencyXml(webResources, report);

  // Custom controls: unique, prefixed, with root component, folder, manifest and every resource.
  const built = options.outControlsDir ? builtManifests(options.outControlsDir) : undefined;
  const controlNames = new Set<string>();
  const controlFolders = new Map<string, ManifestSummary>();
  for (const control of customControls) {
    const name = text(control.Name);
    if (controlNames.has(name.toLowerCase())) report("duplicate-component", `custom control ${name} is defined more than once`);
    controlNames.add(name.toLowerCase());
    if (!prefixed(name)) report("prefix", `custom control ${name} lacks the publisher prefix "${prefix}_"`);
    if (!rootKeys.has(`66:${name.toLowerCase()}`))
      report("component-files", `custom control ${name} has no type-66 root component in solution.xml`);
    const manifestEntry = fileEntry(text(control.FileName));
    const folder = `Controls/${name}/`;
    if (manifestEntry !== `${folder}${BUILT_MANIFEST}`) {
      report("component-files", `custom control ${name}: its manifest must be ${folder}${BUILT_MANIFEST}, not "${manifestEntry}"`);
    }
    if (!byName.has(manifestEntry)) {
      report("component-files", `custom control ${name}: manifest ${manifestEntry} is missing from the zip`);
      continue;
    }
    knownFiles.add(manifestEntry);
    if (!wellFormed.has(manifestEntry)) continue;
    let summary: ManifestSummary;
    try {
      summary = summarizeManifest(textOf(manifestEntry), manifestEntry);
    } catch (error) {
      report("component-files", (error as Error).message);
      continue;
    }
    controlFolders.set(folder, summary);
    const expectedName = `${prefix}_${summary.namespace}.${summary.constructorName}`;
    if (name !== expectedName) report("prefix", `custom control ${name} does not match its manifest (${expectedName})`);
    if (parseVersion(version) && summary.version !== controlVersionOf(version)) {
      report(
        "version",
        `${manifestEntry}: control version ${summary.version} does not follow the solution version ${version} (expected ${controlVersionOf(version)})`,
      );
    }
    for (const resource of summary.resources) {
      if (!byName.has(`${folder}${resource}`)) report("manifest-resource", `${manifestEntry} lists ${resource}, which is not in the zip`);
    }
    if (built) {
      const original = built.get(`${summary.namespace}.${summary.constructorName}`);
      if (!original)
        report(
          "manifest-mismatch",
          `${manifestEntry}: no built manifest for ${summary.namespace}.${summary.constructorName} under out/controls`,
        );
      else if (original.xml.replace(/^\uFEFF/, "") !== textOf(manifestEntry))
        report("manifest-mismatch", `${manifestEntry} differs from the built ${original.file}`);
    }
  }
  for (const root of roots) {
    const lower = root.schemaName.toLowerCase();
    if (root.type === "61" && !webResourceNames.has(lower))
      report("component-files", `root component ${root.schemaName} (web resource) is not defined in customizations.xml`);
    if (root.type === "66" && !controlNames.has(lower))
      report("component-files", `root component ${root.schemaName} (custom control) is not defined in customizations.xml`);
  }

  // Layout: nothing the solution does not declare.
  for (const name of byName.keys()) {
    if (knownFiles.has(name)) continue;
    const folder = [...controlFolders.keys()].find((candidate) => name.startsWith(candidate));
    if (folder) {
      const file = name.slice(folder.length);
      const listed = controlFolders.get(folder)!.resources;
      if (file === BUNDLE_LICENSE || listed.includes(file) || isResxSibling(file, listed)) continue;
    }
    report("layout", `${name} is outside the known layout (root files, declared web resources, files of declared controls)`);
  }

  // Content types: a Default for every extension in the zip.
  if (wellFormed.has("[Content_Types].xml")) {
    const types = (parser.parse(textOf("[Content_Types].xml")) as ContentTypesDoc).Types;
    const declared = new Set((types?.Default ?? []).map((item) => text(item["@Extension"]).toLowerCase()));
    for (const name of byName.keys()) {
      const file = name.slice(name.lastIndexOf("/") + 1);
      const dot = file.lastIndexOf(".");
      if (name === "[Content_Types].xml" || dot <= 0) continue;
      const extension = file.slice(dot + 1).toLowerCase();
      if (!declared.has(extension)) {
        report("content-types", `[Content_Types].xml has no Default for ".${extension}" (${name})`);
        declared.add(extension);
      }
    }
  }
  return problems;
}
