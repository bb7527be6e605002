/** fast-check generators derived from the schema: valid and invalid values for any column. */
import fc from "fast-check";
import { ColumnMetadata, TableMetadata } from "../../../plugins-shim/schema";
import { DiagnosticCode, isRequiredOnCreate } from "../../../plugins-shim/rules";

const nonBlank = (maxLength: number) => fc.string({ minLength: 1, maxLength: Math.min(maxLength, 60) }).filter((s) => s.trim() !== "");

const e164 = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 14 }))
  .map(([first, rest]) => `+${first}${rest.join("")}`);

/** A value the column accepts. */
export function validValue(column: ColumnMetadata): fc.Arbitrary<unknown> {
  const max = column.maxLength ?? 2000;
  switch (column.type) {
    case "string":
    case "memo":
      if (column.pattern) return fc.stringMatching(column.pattern.regex).filter((s) => s.length <= max);
      if (column.format === "url") return fc.webUrl({ validSchemes: ["http", "https"] }).filter((s) => s.length <= max);
      if (column.format === "phone") return e164;
      return nonBlank(max);
    case "integer":
      return fc.integer({ min: column.minValue, max: column.maxValue });
    case "decimal":
    case "double":
      return fc.double({ min: column.minValue, max: column.maxValue, noNaN: true, noDefaultInfinity: true });
    case "boolean":
      return fc.boolean();
    case "choice":
    case "state":
    case "status":
      return fc.constantFrom(...(column.choices ?? []).map((c) => c.value));
    case "lookup":
    case "customer":
    case "owner":
      // The value a plain-named lookup would carry; validateRecord refuses the plain name itself (validRecord binds).
      return fc.oneof(fc.uuid(), fc.record({ id: fc.uuid(), entityType: fc.constantFrom(...(column.targets ?? ["x"])) }));
    case "datetime":
      return fc
        .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2999-12-31T00:00:00Z"), noInvalidDate: true })
        .map((d) => d.toISOString());
    case "uniqueidentifier":
      return fc.uuid();
  }
}

/** Columns a create may carry. */
export const creatableColumns = (table: TableMetadata): ColumnMetadata[] =>
  Object.values(table.columns).filter((c) => !c.notValidForCreate && !c.platformGenerated);

/** A status reason a create may carry: one of the initial state's (Dataverse rejects the others). */
export function createStatusValue(table: TableMetadata): fc.Arbitrary<number> {
  const initial = table.columns.statecode?.choices?.[0]?.value;
  const options = (table.columns.statuscode?.choices ?? []).filter((c) => c.state === undefined || c.state === initial);
  return fc.constantFrom(...options.map((c) => c.value));
}

const isLookup = (column: ColumnMetadata) => ["lookup", "customer", "owner"].includes(column.type);
const ENTITY_SET: Record<string, string> = {
  account: "accounts",
  contact: "contacts",
  systemuser: "systemusers",
  team: "teams",
  socialprofile: "socialprofiles",
  msdyn_octwitterhandle: "msdyn_octwitterhandles",
  // Issue 22: a WhatsApp number's account, workstream and language (EntitySetName on their reference pages).
  msdyn_ocwhatsappchannelaccount: "msdyn_ocwhatsappchannelaccounts",
  msdyn_liveworkstream: "msdyn_liveworkstreams",
  msdyn_oclanguage: "msdyn_oclanguages",
};

/** A lookup as a create writes it: one of its navigation names (written out here) bound to a row of a target. */
export function bindEntry(column: ColumnMetadata): fc.Arbitrary<[string, string]> {
  const targets = column.targets ?? [];
  const byName = column.type === "owner" || (column.type === "lookup" && targets.length <= 1);
  return fc
    .tuple(fc.constantFrom(...targets), fc.uuid())
    .map(([target, id]) => [
      `${byName ? column.logicalName : `${column.logicalName}_${target}`}@odata.bind`,
      `/${ENTITY_SET[target]}(${id})`,
    ]);
}

/** A record that passes validation on create: every required column, any subset of the rest; lookups as binds. */
export function validRecord(table: TableMetadata): fc.Arbitrary<Record<string, unknown>> {
  const columns = creatableColumns(table);
  const plain = columns.filter((c) => !isLookup(c));
  const model = Object.fromEntries(plain.map((c) => [c.logicalName, c.type === "status" ? createStatusValue(table) : validValue(c)]));
  const requiredKeys = plain.filter(isRequiredOnCreate).map((c) => c.logicalName);
  const binds = columns
    .filter(isLookup)
    .map((c) =>
      isRequiredOnCreate(c)
        ? bindEntry(c).map((entry) => [entry])
        : fc.option(bindEntry(c), { nil: undefined }).map((entry) => (entry ? [entry] : [])),
    );
  return fc
    .tuple(fc.record(model, { requiredKeys }), ...binds)
    .map(([record, ...entries]) => ({ ...record, ...Object.fromEntries(entries.flat()) })) as fc.Arbitrary<Record<string, unknown>>;
}

export interface InvalidCase {
  code: DiagnosticCode;
  value: fc.Arbitrary<unknown>;
}

/** For one column, every kind of invalid value its metadata can produce, with the code it must get. */
export function invalidCases(column: ColumnMetadata): InvalidCase[] {
  const cases: InvalidCase[] = [];
  const text = column.type === "string" || column.type === "memo";
  const numeric = column.type === "integer" || column.type === "double" || column.type === "decimal";
  const choice = column.type === "choice" || column.type === "state" || column.type === "status";
  // A lookup under its plain name is refused whatever its value (the Web API has no such property).
  if (isLookup(column)) return [{ code: "type", value: fc.oneof(fc.uuid(), fc.constantFrom(null, "", "12", "x")) }];

  // A string is the right type for text and date-time columns: give those a number instead.
  const stringTyped = text || column.type === "datetime";
  cases.push({ code: "type", value: stringTyped ? fc.integer() : fc.constantFrom("12", "true", "x") });
  const required = column.requiredLevel === "applicationRequired" || column.requiredLevel === "systemRequired";
  // A column with a filled alternative (satisfiedBy) is not required: tested on its own.
  if (required && !column.platformDefault && !column.satisfiedBy) {
    cases.push({ code: "required", value: fc.constantFrom(null, "", "   ") });
  }
  if (text && column.maxLength !== undefined) {
    const max = column.maxLength;
    cases.push({ code: "maxLength", value: fc.integer({ min: 1, max: 40 }).map((extra) => "a".repeat(max + extra)) });
  }
  if (text && column.format === "url") {
    cases.push({
      code: "unsafeUrl",
      value: fc.constantFrom("javascript:alert(1)", " JaVa\tScript:void(0)", "data:text/html,x", "ftp://example.com"),
    });
    cases.push({ code: "format", value: fc.constantFrom("example.com/profile", "/relative", "http://") });
  }
  if (text && column.format === "phone") {
    cases.push({ code: "format", value: fc.constantFrom("1-800-FLOWERS", "call me", "+1 425 555 0100 x12") });
  }
  if (text && column.pattern) {
    cases.push({ code: "format", value: fc.constantFrom("AC123", "not a token", "zz".repeat(16)) });
  }
  if (numeric && column.minValue !== undefined && column.maxValue !== undefined) {
    const { minValue, maxValue } = column;
    cases.push({
      code: "range",
      value: fc.oneof(
        fc.integer({ min: 1, max: 1_000_000 }).map((d) => maxValue + d),
        fc.integer({ min: 1, max: 1_000_000 }).map((d) => minValue - d),
      ),
    });
  }
  if (choice) {
    const values = new Set((column.choices ?? []).map((c) => c.value));
    cases.push({ code: "choice", value: fc.integer({ min: -1000, max: 100_000 }).filter((v) => !values.has(v)) });
  }
  return cases;
}
