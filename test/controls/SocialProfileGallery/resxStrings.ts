import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";

/** The shared .resx strings of one language, read the way the host reads them (name → value). */
export function readResx(lcid: number): Record<string, string> {
  const file = path.resolve(__dirname, `../../../controls/common/strings/SocialChannelControls.${lcid}.resx`);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (name) => name === "data" });
  const xml = parser.parse(readFileSync(file, "utf8")) as { root: { data: { "@_name": string; value: unknown }[] } };
  return Object.fromEntries(xml.root.data.map((entry) => [entry["@_name"], String(entry.value ?? "")]));
}

/** A getString that fails loudly on a key the .resx lacks (a missing string must not pass unseen). */
export function stringsFor(lcid: number): (key: string) => string {
  const strings = readResx(lcid);
  return (key) => {
    if (!(key in strings)) throw new Error(`missing string "${key}" in ${lcid}`);
    return strings[key];
  };
}
