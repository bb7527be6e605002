import { create } from "xmlbuilder2";

const NAMESPACE = "http://schemas.openxmlformats.org/package/2006/content-types";
/** Solution zips declare every part as a plain octet stream. */
const CONTENT_TYPE = "application/octet-stream";

const extensionOf = (entry: string): string | undefined => {
  const file = entry.slice(entry.lastIndexOf("/") + 1);
  const dot = file.lastIndexOf(".");
  return dot > 0 ? file.slice(dot + 1).toLowerCase() : undefined;
};

/** [Content_Types].xml (Open Packaging Conventions): a Default per extension, Overrides for manifests and extension-less parts. */
export function contentTypesXml(entries: readonly string[]): string {
  const parts = entries.filter((entry) => entry !== "[Content_Types].xml");
  const extensions = [...new Set(parts.map(extensionOf).filter((ext): ext is string => ext !== undefined))].sort();
  const overrides = parts.filter((entry) => extensionOf(entry) === undefined || entry.endsWith("/ControlManifest.xml")).sort();
  const root = create({ version: "1.0", encoding: "utf-8" }).ele(NAMESPACE, "Types");
  for (const extension of extensions) root.ele("Default", { Extension: extension, ContentType: CONTENT_TYPE });
  for (const part of overrides) root.ele("Override", { PartName: `/${part}`, ContentType: CONTENT_TYPE });
  return root.end({ prettyPrint: true });
}
