import { readFileSync } from "node:fs";
import path from "node:path";
import { PUBLISHER, SOLUTION } from "../plugins-shim/solutionNames/publisher";
import { introducedVersionOf } from "./releasedVersions";
import { controlVersionOf, solutionVersionOf } from "./version";
import { FORM_SCRIPT_NAME, STRING_LANGUAGES, stringsResourceName } from "../plugins-shim/solutionNames/webResourceNames";

/** Dataverse WebResourceType values this solution uses. */
export const WebResourceType = { JScript: 3, Resx: 12 } as const;

export interface WebResourceDefinition {
  name: string;
  displayName: string;
  description: string;
  type: (typeof WebResourceType)[keyof typeof WebResourceType];
  languageCode?: number;
  /** The file shipped as the web resource's content. */
  source: string;
  /** Other web resources loaded with this one (its RESX strings). */
  webResourceDependencies: string[];
  /** The solution version it first shipped in (solution/releasedVersions.ts), never this build's by default. */
  introducedVersion: string;
}

export interface SolutionDefinition {
  publisher: typeof PUBLISHER;
  uniqueName: string;
  displayName: string;
  description: string;
  /** 4-part solution version from package.json. */
  version: string;
  /** The version every control manifest carries (first three parts). */
  controlVersion: string;
  /** Language of the solution's own labels. */
  baseLanguage: number;
  controlsDir: string;
  outControlsDir: string;
  webResources: WebResourceDefinition[];
}

export interface DefinitionPaths {
  root: string;
  /** Defaults: controls/, out/controls/, out/webresource/forms.js, controls/common/strings/. */
  controlsDir?: string;
  outControlsDir?: string;
  formScript?: string;
  stringsDir?: string;
  packageVersion?: string;
  /** Defaults to INTRODUCED_VERSIONS of solution/releasedVersions.ts. */
  introducedVersions?: Readonly<Record<string, string>>;
}

const LANGUAGE_NAMES: Record<number, string> = {
  1033: "English",
  1036: "French",
  1031: "German",
  1041: "Japanese",
  1025: "Arabic",
};

export const FORM_SCRIPT_OUTPUT = "out/webresource/forms.js";
export const STRINGS_SOURCE_DIR = "controls/common/strings";

export function loadDefinition(paths: DefinitionPaths): SolutionDefinition {
  const { root } = paths;
  const packageVersion =
    paths.packageVersion ?? (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;
  const version = solutionVersionOf(packageVersion);
  const stringsDir = paths.stringsDir ?? path.join(root, STRINGS_SOURCE_DIR);

  const introduced = (name: string) => introducedVersionOf(name, version, paths.introducedVersions);

  const strings: WebResourceDefinition[] = STRING_LANGUAGES.map((lcid) => ({
    name: stringsResourceName(lcid),
    displayName: `Social Channel Controls strings (${LANGUAGE_NAMES[lcid]})`,
    description: "Localized messages of the Social Channel Controls form script.",
    type: WebResourceType.Resx,
    languageCode: lcid,
    source: path.join(stringsDir, `SocialChannelControls.${lcid}.resx`),
    webResourceDependencies: [],
    introducedVersion: introduced(stringsResourceName(lcid)),
  }));
  const formScript: WebResourceDefinition = {
    name: FORM_SCRIPT_NAME,
    displayName: "Social Channel Controls form validation",
    description:
      "Validates Social Profile and WhatsApp account forms on load, change and save with the same rules as the controls. Client-side only.",
    type: WebResourceType.JScript,
    source: paths.formScript ?? path.join(root, FORM_SCRIPT_OUTPUT),
    // Only the RESX strings: the script copes with a column missing from the form or the org
    // (getAttribute returns null), so columns are no import dependency (docs/admin.md).
    webResourceDependencies: strings.map((resource) => resource.name),
    introducedVersion: introduced(FORM_SCRIPT_NAME),
  };

  return {
    publisher: PUBLISHER,
    uniqueName: SOLUTION.uniqueName,
    displayName: SOLUTION.displayName,
    description: SOLUTION.description,
    version,
    controlVersion: controlVersionOf(version),
    baseLanguage: 1033,
    controlsDir: paths.controlsDir ?? path.join(root, "controls"),
    outControlsDir: paths.outControlsDir ?? path.join(root, "out", "controls"),
    webResources: [formScript, ...strings],
  };
}
