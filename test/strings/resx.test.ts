/** @jest-environment node */
import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { TABLES } from "../../plugins-shim/schema";

const LANGUAGES = [1033, 1036, 1031, 1041, 1025];
const stringsDir = path.join(__dirname, "../../controls/common/strings");

function readResx(lcid: number): Map<string, string> {
  const xml = readFileSync(path.join(stringsDir, `SocialChannelControls.${lcid}.resx`), "utf8");
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (name) => name === "data" });
  const root = parser.parse(xml).root as { data: { "@_name": string; value: string | number }[] };
  const entries = root.data.map((d) => [d["@_name"], String(d.value ?? "")] as const);
  const names = entries.map(([name]) => name);
  const duplicates = names.filter((name, i) => names.indexOf(name) !== i);
  if (duplicates.length) throw new Error(`${lcid}: duplicate keys ${duplicates.join(", ")}`);
  return new Map(entries);
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("shared strings", () => {
  const english = readResx(1033);

  it.each(LANGUAGES.filter((l) => l !== 1033))("language %i has exactly the English keys, each translated with the same placeholders", (lcid) => {
    const other = readResx(lcid);
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of other) {
      expect(text.trim()).not.toBe("");
      expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(english.get(key)!) });
    }
  });

  it("has a label for every choice in the schema", () => {
    const keys = Object.values(TABLES).flatMap((table) =>
      Object.values(table.columns).flatMap((column) => (column.choices ?? []).map((choice) => choice.labelKey)),
    );
    expect(keys.filter((key) => !english.has(key))).toEqual([]);
  });

  it("has a message for every pattern in the schema", () => {
    const keys = Object.values(TABLES).flatMap((table) =>
      Object.values(table.columns).flatMap((column) => (column.pattern ? [column.pattern.messageKey] : [])),
    );
    expect(keys.filter((key) => !english.has(key))).toEqual([]);
  });
});
