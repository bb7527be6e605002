import { ColumnMetadata, getTable, TableMetadata } from "../schema";
import { Diagnostic, diagnostic, shownValue } from "./diagnostics";
import {
  bindKeysOf,
  bindTargetId,
  bindTargetTable,
  entitySetOf,
  isLookupColumn,
  isRefusedNamedKey,
  KeyMeaning,
  meaningOfKey,
  parseBindValue,
} from "./lookups";
import { checkRecord, DataverseRecord, Judged, RecordShape, ValidateOptions } from "./recordChecks";
import { isGuid } from "./guid";
import { validateValue } from "./validateColumn";

export type { DataverseRecord, Operation, ValidateOptions } from "./recordChecks";
export { initialState, statusForStateProblem } from "./recordChecks";

/**
 * Validates a record (column logical names → values) against the table's metadata. This is the
 * one judge: `validate`, the pipeline and the in-memory organization call it; the form script and
 * the wizard, whose records have column keys only, call validateColumnRecord (the same checks).
 */
export function validateRecord(table: string | TableMetadata, record: DataverseRecord, options: ValidateOptions = {}): Diagnostic[] {
  const metadata = typeof table === "string" ? getTable(table) : table;
  if (!metadata) throw new Error(`Unknown table: ${String(table)}`);
  return validateTableRecord(metadata, record, options);
}

/**
 * validateRecord against metadata the caller imports itself: a control bundle that uses this (not
 * the by-name lookup, which reaches every table) carries only its own table's schema.
 */
export function validateTableRecord(metadata: TableMetadata, record: DataverseRecord, options: ValidateOptions = {}): Diagnostic[] {
  return checkRecord(
    metadata,
    record,
    options,
    (table, key, value, shape) => judgeKey(table, meaningOfKey(table, key), key, value, shape),
    validateValue,
  );
}

/** What one key of the record says, typed from the schema; `value` is the column's value to check. */
function judgeKey(metadata: TableMetadata, meaning: KeyMeaning, key: string, value: unknown, shape: RecordShape): Judged {
  switch (meaning.kind) {
    case "column":
      return isLookupColumn(meaning.column)
        ? { column: meaning.column, problem: plainLookupProblem(metadata, meaning.column) }
        : { column: meaning.column, value };
    case "annotation":
      return "ignore";
    case "unknown":
      return { problem: diagnostic(key, "type", {}, "validation.unknownColumn") };
    case "badBind":
      return { problem: diagnostic(meaning.column?.logicalName ?? key, "type", {}, "validation.bindNotLookup") };
    case "lookupRead": {
      const { column } = meaning;
      if (shape === "write") {
        const bind = bindKeysOf(metadata, column).join(" / ");
        return { column, problem: diagnostic(column.logicalName, "type", { key, bind }, "validation.lookupReadForm") };
      }
      if (value === null || isGuid(value)) return { column, value };
      return { column, problem: diagnostic(column.logicalName, "type", { expected: "guid" }) };
    }
    case "lookupTable": {
      const { column } = meaning;
      if (shape === "write") return "ignore";
      return typeof value === "string" && (column.targets ?? []).includes(value)
        ? "ignore"
        : { problem: diagnostic(column.logicalName, "choice", { value: shownValue(value) }, "validation.choice.target") };
    }
    case "bind": {
      const { column } = meaning;
      if (value === null) return { column, value: null };
      const target = parseBindValue(value);
      const table = target && bindTargetTable(column, target.entitySet, meaning.target);
      if (!target || (table && isRefusedNamedKey(target, table))) {
        const example = entitySetOf(meaning.target ?? column.targets?.[0] ?? "") ?? "contacts";
        return { column, problem: diagnostic(column.logicalName, "format", { set: example }, "validation.format.bind") };
      }
      if (!table)
        return { column, problem: diagnostic(column.logicalName, "choice", { value: target.entitySet }, "validation.choice.target") };
      const id = bindTargetId(target, table);
      // An alternate key names a row only the organization can find.
      return id === undefined ? { column, accepted: true } : { column, value: id };
    }
  }
}

/**
 * A lookup under its plain name (`"customerid": "<id>"`, `"ownerid": {id, entityType}`): the Web
 * API has no such property — it takes a lookup only as `nav@odata.bind` and returns it as
 * `_x_value` ("Associate table rows on create", "Lookup properties"), and refuses a property it
 * doesn't know. Refused in every shape, whatever the value, naming the keys to use.
 */
function plainLookupProblem(metadata: TableMetadata, column: ColumnMetadata): Diagnostic {
  const params = { key: column.logicalName, bind: bindKeysOf(metadata, column).join(" / "), read: `_${column.logicalName}_value` };
  return diagnostic(column.logicalName, "type", params, "validation.lookupPlainName");
}
