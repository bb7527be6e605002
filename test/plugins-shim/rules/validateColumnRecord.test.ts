/** @jest-environment node */
import fc from "fast-check";
import { ColumnMetadata, TABLES } from "../../../plugins-shim/schema";
import { validateColumnRecord, validatePlainColumnRecord, validateTableRecord } from "../../../plugins-shim/rules";
import { toCreateRecord } from "../../../controls/WhatsAppAccountWizard/accountValidation";
import { creatableColumns, invalidCases, validValue } from "./arbitraries";

/**
 * validateColumnRecord is validateTableRecord for records keyed by column names only (the form
 * script and the wizard): the same verdicts on such records, and lookup spellings are unknown keys.
 */
const tables = Object.values(TABLES);

/** Lookups aside: a lookup under its plain name is a Web API refusal, validateTableRecord's alone (tested below). */
const isLookup = (column: ColumnMetadata) => ["lookup", "customer", "owner"].includes(column.type);

describe.each(tables.map((t) => [t.logicalName, t] as const))("validateColumnRecord(%s)", (_name, table) => {
  const columns = creatableColumns(table).filter((column) => !isLookup(column));
  const columnRecord = fc.record(
    Object.fromEntries(columns.map((column) => [column.logicalName, fc.oneof(validValue(column), fc.anything())])),
    {
      requiredKeys: [],
    },
  );
  const operation = fc.constantFrom("create", "update") as fc.Arbitrary<"create" | "update">;

  it("gives the same diagnostics as validateTableRecord on column-keyed records", () => {
    fc.assert(
      fc.property(columnRecord, operation, (record, op) => {
        expect(validateColumnRecord(table, record, { operation: op })).toEqual(validateTableRecord(table, record, { operation: op }));
      }),
    );
  });

  it.each(columns.flatMap((column) => invalidCases(column).map((c) => [column.logicalName, c.code, c.value] as const)))(
    "%s: an invalid value (%s) judged as validateTableRecord judges it",
    (column, _code, value) => {
      const found = validateColumnRecord(table, { [column]: value }, { operation: "update" });
      expect(found).toEqual(validateTableRecord(table, { [column]: value }, { operation: "update" }));
    },
  );
});

describe("validateColumnRecord keys", () => {
  const table = TABLES.socialprofile;

  it("reports a Web API lookup spelling as an unknown column, not as a lookup", () => {
    const found = validateColumnRecord(
      table,
      { "customerid_contact@odata.bind": "/contacts(00000000-0000-0000-0000-000000000001)" },
      { operation: "update" },
    );
    expect(found).toEqual([expect.objectContaining({ column: "customerid_contact@odata.bind", messageKey: "validation.unknownColumn" })]);
  });

  it("takes a lookup column as its id; only validateTableRecord refuses the plain name, which the Web API doesn't know", () => {
    const id = "00000000-0000-0000-0000-000000000001";
    expect(validateColumnRecord(table, { customerid: id }, { operation: "update" })).toEqual([]);
    expect(validateColumnRecord(table, { customerid: "x" }, { operation: "update" })).toEqual([
      expect.objectContaining({ column: "customerid", code: "type" }),
    ]);
    expect(validateTableRecord(table, { customerid: id }, { operation: "update" })).toEqual([
      expect.objectContaining({ messageKey: "validation.lookupPlainName" }),
    ]);
  });

  it("does not take inherited properties for columns", () => {
    const found = validateColumnRecord(table, JSON.parse('{"__proto__": "x", "constructor": 1}'), { operation: "update" });
    expect(found.map((d) => d.messageKey)).toEqual(["validation.unknownColumn", "validation.unknownColumn"]);
  });
});

/**
 * validatePlainColumnRecord (the wizard's, without the ISO 8601, URL and phone parsers) is
 * validateColumnRecord on records of plain columns, and throws on a value it can't judge.
 */
const isPlain = (column: ColumnMetadata) => column.type !== "datetime" && column.format === undefined;

describe.each(tables.map((t) => [t.logicalName, t] as const))("validatePlainColumnRecord(%s)", (_name, table) => {
  const columns = creatableColumns(table).filter(isPlain);
  const columnRecord = fc.record(
    Object.fromEntries(columns.map((column) => [column.logicalName, fc.oneof(validValue(column), fc.anything())])),
    {
      requiredKeys: [],
    },
  );
  const operation = fc.constantFrom("create", "update") as fc.Arbitrary<"create" | "update">;

  it("gives the same diagnostics as validateColumnRecord on plain columns", () => {
    fc.assert(
      fc.property(columnRecord, operation, (record, op) => {
        expect(validatePlainColumnRecord(table, record, { operation: op })).toEqual(validateColumnRecord(table, record, { operation: op }));
      }),
    );
  });

  it.each(columns.flatMap((column) => invalidCases(column).map((c) => [column.logicalName, c.code, c.value] as const)))(
    "%s: an invalid value (%s) judged as validateColumnRecord judges it",
    (column, _code, value) => {
      expect(validatePlainColumnRecord(table, { [column]: value }, { operation: "update" })).toEqual(
        validateColumnRecord(table, { [column]: value }, { operation: "update" }),
      );
    },
  );

  const others = Object.values(table.columns).filter((column) => !isPlain(column));
  if (others.length > 0) {
    it.each(others.map((column) => [column.logicalName, column] as const))(
      "throws on a value for %s (date and time, URL or phone)",
      (_column, column) => {
        const [value] = fc.sample(validValue(column), 1);
        expect(() => validatePlainColumnRecord(table, { [column.logicalName]: value }, { operation: "update" })).toThrow(
          /validate(Value|Text) checks it/,
        );
      },
    );
  }
});

describe("validatePlainColumnRecord and the WhatsApp wizard", () => {
  it("every column the wizard writes is plain", () => {
    const record = toCreateRecord({ name: "Contoso", accountSid: `AC${"0".repeat(32)}`, authToken: "0".repeat(32) });
    const table = TABLES.msdyn_ocwhatsappchannelaccount;
    for (const key of Object.keys(record)) expect(isPlain(table.columns[key])).toBe(true);
  });
});
