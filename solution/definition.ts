import { readFileSync } from "node:fs";
import path from "node:path";
import { FORM_TABLES, formTable, wiredColumns } from "../plugins-shim/webresource/columns";
import { PUBLISHER, SOLUTION } from "./publisher";
import { controlVersionOf, solutionVersionOf } from "./version";
import { FORM_SCRIPT_NAME, STRING_LANGUAGES, stringsResourceName } from "./webResourceNames";

/** Dataverse WebResourceType values this solution uses. */
export const WebResourceType = { JScript: 3, Resx: 12 } as const;

export interface ColumnDependency {
  table: string;
  column: string;
}

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
  /** Columns it reads: recorded so an import into an environment without them stops. */
  columnDependencies: ColumnDependency[];
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

/** Every column the form script reads, on every form it serves. */
export const formScriptColumns = (): ColumnDependency[] =>
  FORM_TABLES.flatMap((table) => wiredColumns(formTable(table)).map((column) => ({ table, column: column.logicalName })));

export function loadDefinition(paths: DefinitionPaths): SolutionDefinition {
  const { root } = paths;
  const packageVersion =
    paths.packageVersion ?? (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;
  const version = solutionVersionOf(packageVersion);
  const stringsDir = paths.stringsDir ?? path.join(root, STRINGS_SOURCE_DIR);

  const strings: WebResourceDefinition[] = STRING_LANGUAGES.map((lcid) => ({
    name: stringsResourceName(lcid),
    displayName: `Social Channel Controls strings (${LANGUAGE_NAMES[lcid]})`,
    description: "Localized messages of the Social Channel Controls form script.",
    type: WebResourceType.Resx,
    languageCode: lcid,
    source: path.join(stringsDir, `SocialChannelControls.${lcid}.resx`),
    webResourceDependencies: [],
    columnDependencies: [],
  }));
  const formScript: WebResourceDefinition = {
    name: FORM_SCRIPT_NAME,
    displayName: "Social Channel Controls form validation",
    description:
      "Validates Social Profile and WhatsApp account forms on load, change and save with the same rules as the controls. Client-side only.",
    type: WebResourceType.JScript,
    source: paths.formScript ?? path.join(root, FORM_SCRIPT_OUTPUT),
    webResourceDependencies: strings.map((resource) => resource.name),
    columnDependencies: formScriptColumns(),
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
