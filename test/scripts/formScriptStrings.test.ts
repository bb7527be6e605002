/**
 * The form script's English fallback (plugins-shim/webresource/englishStrings.generated.ts) is the
 * shipped 1033 text, and it covers every message the form script's rules can produce.
 *
 * @jest-environment node
 */
import { readFileSync } from "node:fs";
import { validateColumnRecord } from "../../plugins-shim/rules/validateColumnRecord";
import { FORM_TABLES, formTable, wiredColumns } from "../../plugins-shim/webresource/columns";
import { ENGLISH_STRINGS } from "../../plugins-shim/webresource/englishStrings.generated";
import { FORM_SCRIPT_STRINGS_GENERATED, renderFormScriptStrings } from "../../scripts/formScriptStrings";

/** Values a form field can hold, wrong in every way a field can be wrong. */
const BAD_VALUES: unknown[] = [
  null,
  "",
  " ",
  "x".repeat(5000),
  "javascript:alert(1)",
  "ftp://x",
  "https://u:p@x.com",
  "+1 (abc)",
  12.5,
  -1e12,
  1e12,
  999_999_999,
  true,
  "text",
];

describe("the form script's English fallback", () => {
  it("the committed module is what the generator writes (run `npx tsx scripts/formScriptStrings.ts` after a change to the English .resx)", () => {
    expect(readFileSync(FORM_SCRIPT_STRINGS_GENERATED, "utf8")).toBe(renderFormScriptStrings());
  });

  it("has English text for every message the rules give a field on either form", () => {
    const keys = new Set<string>();
    for (const name of FORM_TABLES) {
      const table = formTable(name);
      for (const operation of ["create", "update"] as const) {
        for (const found of validateColumnRecord(table, {}, { operation })) keys.add(found.messageKey);
        for (const column of wiredColumns(table)) {
          for (const value of BAD_VALUES) {
            for (const found of validateColumnRecord(table, { [column.logicalName]: value }, { operation })) keys.add(found.messageKey);
          }
        }
      }
    }
    keys.add("form.saveBlocked");
    expect([...keys].filter((key) => !(key in ENGLISH_STRINGS))).toEqual([]);
  });
});
