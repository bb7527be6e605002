import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { create } from "xmlbuilder2";
import { DefinitionPaths, loadDefinition, SolutionDefinition } from "../../solution/definition";

/**
 * A throw-away project with two fake built controls (what pcf-scripts writes: bundle.js, its
 * LICENSE file, the built manifest, css, a listed resx and an unlisted sibling) and a fake form
 * script, so packer and verifier tests do not depend on the real controls being built.
 */
export interface Fixture {
  root: string;
  outDir: string;
  definition: SolutionDefinition;
  /** The paths the definition was loaded from, to load it again with other options. */
  paths: DefinitionPaths;
  cleanup(): void;
}

const REAL_STRINGS = path.resolve(__dirname, "../../controls/common/strings");

/** `packagedLibrary`: a library component's `<library><packaged_library path>` (as pcf-scripts writes it, beside bundle.js). */
export function builtManifestXml(constructorName: string, version: string, packagedLibrary?: string): string {
  const doc = create({ version: "1.0", encoding: "utf-8" });
  const control = doc.ele("manifest").ele("control", {
    namespace: "SocialChannel",
    constructor: constructorName,
    version,
    "display-name-key": `${constructorName}.displayName`,
    "control-type": "virtual",
  });
  control.ele("property", { name: "value", "display-name-key": "value", "of-type": "SingleLine.Text", usage: "bound" });
  const resources = control.ele("resources");
  if (packagedLibrary) {
    resources
      .ele("library", { name: "SocialChannelOwnership", version: "1.0.0", order: "1" })
      .ele("packaged_library", { path: packagedLibrary, version: "1.0.0" });
  }
  resources.ele("code", { path: "bundle.js", order: packagedLibrary ? "2" : "1" });
  resources.ele("platform-library", { name: "React", version: "16.14.0" });
  resources.ele("css", { path: "css/card.css", order: "1" });
  resources.ele("resx", { path: "SocialChannelControls.1033.resx", version: "1.0.0" });
  control.ele("built-by", { name: "pcf-scripts", version: "1.51.1" });
  return doc.end({ prettyPrint: true });
}

export function writeBuiltControl(root: string, folder: string, version = "0.0.1", packagedLibrary?: string): void {
  const source = path.join(root, "controls", folder);
  mkdirSync(source, { recursive: true });
  writeFileSync(path.join(source, "ControlManifest.Input.xml"), builtManifestXml(folder, version, packagedLibrary));
  const out = path.join(root, "out", "controls", folder);
  mkdirSync(path.join(out, "css"), { recursive: true });
  writeFileSync(path.join(out, "ControlManifest.xml"), builtManifestXml(folder, version, packagedLibrary));
  if (packagedLibrary) writeFileSync(path.join(out, packagedLibrary), `(()=>{globalThis.SocialChannelOwnership={}})();`);
  writeFileSync(path.join(out, "bundle.js"), `var pcf_tools_${folder}=function(){return "${folder}"}();`);
  writeFileSync(path.join(out, "bundle.js.LICENSE.txt"), "/** @license React v16.14.0 */\n");
  writeFileSync(path.join(out, "css", "card.css"), `.${folder}{display:block}`);
  writeFileSync(path.join(out, "SocialChannelControls.1033.resx"), '<root><data name="a"><value>A</value></data></root>');
  writeFileSync(path.join(out, "SocialChannelControls.1036.resx"), '<root><data name="a"><value>À</value></data></root>');
}

export function createFixture(options: { packageVersion?: string; controls?: string[] } = {}): Fixture {
  const root = mkdtempSync(path.join(tmpdir(), "scc-solution-"));
  for (const folder of options.controls ?? ["SocialProfileCard", "SocialProfileGallery"]) writeBuiltControl(root, folder);
  mkdirSync(path.join(root, "controls", "common"), { recursive: true });
  const formScript = path.join(root, "out", "webresource", "forms.js");
  mkdirSync(path.dirname(formScript), { recursive: true });
  writeFileSync(formScript, "var SocialChannelControls=SocialChannelControls||{};SocialChannelControls.Forms={};");
  const paths: DefinitionPaths = { root, packageVersion: options.packageVersion ?? "1.2.3", formScript, stringsDir: REAL_STRINGS };
  const definition = loadDefinition(paths);
  return {
    root,
    paths,
    outDir: path.join(root, "out", "solution"),
    definition,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
