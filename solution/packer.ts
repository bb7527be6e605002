import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { create } from "xmlbuilder2";
import { BUILT_MANIFEST, BuiltControl, readBuiltControl, sourceControlFolders, summarizeManifest } from "./builtControls";
import type { SolutionDefinition } from "./definition";
import { contentTypesXml } from "./xml/contentTypesXml";
import { controlFolder, customizationsXml, webResourceFile } from "./xml/customizationsXml";
import { solutionXml } from "./xml/solutionXml";
import { deterministicZip } from "./zip";

export type Log = (line: string) => void;

export interface PackResult {
  controls: BuiltControl[];
  unmanagedZip: string;
  managedZip: string;
  /** Entry name → size in bytes (uncompressed), same for both zips but solution.xml's Managed flag. */
  entries: Map<string, number>;
}

export const zipFileNames = (uniqueName: string): { unmanaged: string; managed: string } => ({
  unmanaged: `${uniqueName}.zip`,
  managed: `${uniqueName}_managed.zip`,
});

/**
 * Control versions follow the solution version: the built manifest gets the solution's control
 * version, rewritten through the XML library (Dataverse only reloads a control whose version rose).
 */
export function stampControlVersion(outControlsDir: string, control: BuiltControl, version: string): boolean {
  if (control.version === version) return false;
  const manifestPath = path.join(outControlsDir, control.folderName, BUILT_MANIFEST);
  const document = create(readFileSync(manifestPath, "utf8"));
  const element = document.root().find((node) => node.node.nodeName === "control", false, true);
  if (!element) throw new Error(`${manifestPath} has no <control> element`);
  element.att("version", version);
  writeFileSync(manifestPath, document.end({ prettyPrint: false }));
  control.version = summarizeManifest(readFileSync(manifestPath, "utf8"), manifestPath).version;
  return true;
}

function readRequired(file: string, what: string): Uint8Array {
  if (!existsSync(file)) throw new Error(`${what} is missing: ${file}`);
  return readFileSync(file);
}

/** Builds both solution zips from the built controls and web resources. */
export function packSolution(definition: SolutionDefinition, outDir: string, log: Log = console.log): PackResult {
  const folders = sourceControlFolders(definition.controlsDir);
  log(`  controls found: ${folders.join(", ") || "(none)"}`);
  const controls = folders.map((folder) => readBuiltControl(definition.outControlsDir, folder));
  for (const control of controls) {
    if (stampControlVersion(definition.outControlsDir, control, definition.controlVersion)) {
      log(`  ${control.folderName}: manifest version set to ${definition.controlVersion}`);
    }
  }

  const files = new Map<string, Uint8Array>();
  for (const control of controls) {
    for (const file of control.files) {
      files.set(`${controlFolder(control)}/${file}`, readFileSync(path.join(definition.outControlsDir, control.folderName, file)));
    }
    log(`  ${control.name}: ${control.files.length} files`);
  }
  for (const resource of definition.webResources) {
    files.set(webResourceFile(resource), readRequired(resource.source, `Web resource ${resource.name}`));
  }
  log(`  web resources: ${definition.webResources.length}`);

  const utf8 = (text: string) => new TextEncoder().encode(text);
  files.set("customizations.xml", utf8(customizationsXml(definition, controls)));
  files.set("[Content_Types].xml", utf8(contentTypesXml([...files.keys(), "solution.xml"])));

  mkdirSync(outDir, { recursive: true });
  const names = zipFileNames(definition.uniqueName);
  const written: string[] = [];
  for (const managed of [false, true]) {
    files.set("solution.xml", utf8(solutionXml(definition, controls, managed)));
    const target = path.join(outDir, managed ? names.managed : names.unmanaged);
    writeFileSync(target, deterministicZip(files));
    written.push(target);
    log(`  wrote ${path.relative(process.cwd(), target) || target}`);
  }
  const entries = new Map([...files.keys()].sort().map((name) => [name, files.get(name)!.length]));
  return { controls, unmanagedZip: written[0], managedZip: written[1], entries };
}
