import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";

/** The shared strings the commands print: the controls' own .resx, English (LCID 1033). */
export const DEFAULT_RESX = path.resolve(__dirname, "../../controls/common/strings/SocialChannelControls.1033.resx");

/** Reads the `<data name><value>` pairs of a .resx file. */
export function readResx(file: string): Map<string, string> {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "data" });
  const document = parser.parse(readFileSync(file, "utf8")) as { root?: { data?: { name: string; value?: unknown }[] } };
  const strings = new Map<string, string>();
  for (const entry of document.root?.data ?? []) strings.set(entry.name, String(entry.value ?? ""));
  return strings;
}
