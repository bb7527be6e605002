/** @jest-environment node */
import { TABLES } from "../../../plugins-shim/schema";
import { LANGUAGES, readResx, resxFile } from "../../../plugins-shim/strings/resx";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("shared strings", () => {
  const english = readResx(resxFile(1033));

  it.each(LANGUAGES.filter((l) => l !== 1033))(
    "language %i has exactly the English keys, each translated with the same placeholders",
    (lcid) => {
      const other = readResx(resxFile(lcid));
      expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of other) {
        expect(text.trim()).not.toBe("");
        expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(english.get(key)!) });
      }
    },
  );

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
