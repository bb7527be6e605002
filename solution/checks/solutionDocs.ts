import { XMLParser } from "fast-xml-parser";

/** The parts of solution.xml and customizations.xml the checks read, parsed as plain strings. */

export const solutionParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  isArray: (name) => ["RootComponent", "MissingDependency", "WebResource", "CustomControl", "Default", "Override"].includes(name),
});

export interface RootComponent {
  "@type"?: string;
  "@schemaName"?: string;
}
export interface DependencyEnd {
  "@type"?: string;
  "@schemaName"?: string;
  "@parentSchemaName"?: string;
}
export interface MissingDependency {
  Required?: DependencyEnd;
  Dependent?: DependencyEnd;
}
export interface SolutionManifestDoc {
  UniqueName?: string;
  Version?: string;
  Managed?: string;
  Publisher?: { UniqueName?: string; CustomizationPrefix?: string; CustomizationOptionValuePrefix?: string };
  RootComponents?: { RootComponent?: RootComponent[] } | string;
  MissingDependencies?: { MissingDependency?: MissingDependency[] } | string;
}
export interface SolutionDoc {
  ImportExportXml?: { SolutionManifest?: SolutionManifestDoc };
}
export interface WebResourceDoc {
  WebResourceId?: string;
  Name?: string;
  FileName?: string;
  WebResourceType?: string;
  LanguageCode?: string;
  IntroducedVersion?: string;
  DependencyXml?: string;
}
export interface NamedFile {
  Name?: string;
  FileName?: string;
}
export interface CustomizationsDoc {
  ImportExportXml?: {
    WebResources?: { WebResource?: WebResourceDoc[] } | string;
    CustomControls?: { CustomControl?: NamedFile[] } | string;
  };
}
export interface ContentTypesDoc {
  Types?: { Default?: { "@Extension"?: string }[]; Override?: { "@PartName"?: string }[] };
}

/** The items of a list element, or none when the element is empty (parsed as "") or absent. */
export const list = <T>(value: { [key: string]: T[] | undefined } | string | undefined, key: string): T[] =>
  typeof value === "object" && value !== null ? (value[key] ?? []) : [];

export const text = (value: unknown): string => (value === undefined || value === null ? "" : String(value).trim());
