import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";

/**
 * The shared .resx strings (controls/common/strings), read in Node: by the command-line tools, the
 * tests, the preview renderers and the benchmarks. Controls get the same files from the host.
 */

export const LANGUAGES = [1033, 1036, 1031, 1041, 1025] as const;
export type Lcid = (typeof LANGUAGES)[number];

export const STRINGS_DIR = path.resolve(__dirname, "../../controls/common/strings");
export const resxFile = (lcid: number): string => path.join(STRINGS_DIR, `SocialChannelControls.${lcid}.resx`);

/**
 * The `<data name><value>` pairs of a .resx file; values stay text ("0100" is not a number). A name
 * given twice throws: one of the two texts would be lost without a word.
 */
export function readResx(file: string): Map<string, string> {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    isArray: (name) => name === "data",
  });
  const document = parser.parse(readFileSync(file, "utf8")) as { root?: { data?: { "@_name": string; value?: unknown }[] } };
  const strings = new Map<string, string>();
  for (const entry of document.root?.data ?? []) {
    if (strings.has(entry["@_name"])) throw new Error(`${file} has "${entry["@_name"]}" twice`);
    strings.set(entry["@_name"], String(entry.value ?? ""));
  }
  return strings;
}

const cache = new Map<number, Readonly<Record<string, string>>>();

/** The strings of one language as a plain object, read once per process. */
export function loadStrings(lcid: number): Readonly<Record<string, string>> {
  let strings = cache.get(lcid);
  if (!strings) {
    strings = Object.freeze(Object.fromEntries(readResx(resxFile(lcid))));
    cache.set(lcid, strings);
  }
  return strings;
}
