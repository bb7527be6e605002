import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";

/** The shipped strings of one language, as the platform serves them to getResourceString. */
export function resxStrings(lcid: number): Record<string, string> {
  const file = path.resolve(__dirname, "../../controls/common/strings", `SocialChannelControls.${lcid}.resx`);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => name === "data", parseTagValue: false });
  const root = parser.parse(readFileSync(file, "utf8")) as { root: { data: { "@name": string; value: string }[] } };
  return Object.fromEntries(root.root.data.map((item) => [item["@name"], String(item.value)]));
}
