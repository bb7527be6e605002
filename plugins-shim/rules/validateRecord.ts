import { ColumnMetadata, getTable, TableMetadata } from "../schema";
import { Diagnostic, diagnostic } from "./diagnostics";
import { bindKeysOf, bindTargetTable, KeyMeaning, meaningOfKey, parseBindValue, RecordShape } from "./lookups";
import { isBlank, isGuid, isRequiredOnCreate, validateValue } from "./validateColumn";

export type Operation = "create" | "update";

export interface ValidateOptions {
  /** "create" (default) checks every required column; "update" only the columns present. */
  operation?: Operation;
  /**
   * "write" (default): the record as a create or update sends it — lookups only as
   * `nav@odata.bind`. "read": a row as the Web API returns it (an `--existing` file, seeding) —
   * lookups as `_x_value`, ids and state as stored, nothing required.
   */
  shape?: RecordShape;
}

export type DataverseRecord = Readonly<Record<string, unknown>>;

/**
 * Validates a record (column logical names → values) against the table's metadata. This is the
 * one judge: `validate`, the form script, the pipeline and the in-memory organization all call it.
 */
export function validateRecord(
  table: string | TableMetadata,
  record: DataverseRecord,
  options: ValidateOptions = {},
): Diagnostic[] {
  const metadata = typeof table === "string" ? getTable(table) : table;
  if (!metadata) throw new Error(`Unknown table: ${String(table)}`);
  return validateTableRecord(metadata, record, options);
}

/**
 * validateRecord against metadata the caller imports itself: a control bundle that uses this (not
 * the by-name lookup, which reaches every table) carries only its own table's schema.
 */
export function validateTableRecord(metadata: TableMetadata, record: DataverseRecord, options: ValidateOptions = {}): Diagnostic[] {
  const operation = options.operation ?? "create";
  const shape = options.shape ?? "write";
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();

  for (const [key, value] of Object.entries(record)) {
    const meaning = meaningOfKey(metadata, key);
    const judged = judgeKey(metadata, meaning, key, value, shape);
    if (judged === "ignore") continue;
    if ("problem" in judged) {
      if (judged.column) seen.add(judged.column.logicalName);
      diagnostics.push(judged.problem);
      continue;
    }
    seen.add(judged.column.logicalName);
    const found = validatePresent(judged.column, judged.value, operation, shape, record);
    if (found) diagnostics.push(found);
  }

  if (operation === "create" && shape === "write") {
    for (const column of Object.values(metadata.columns)) {
      if (!seen.has(column.logicalName) && isRequiredOnCreate(column) && !filledByAlternative(column, record)) {
        diagnostics.push(diagnostic(column.logicalName, "required"));
      }
    }
  }
  const state = typeof record.statecode === "number" ? record.statecode : operation === "create" ? initialState(metadata) : undefined;
  const mismatch = statusForStateProblem(metadata, state, record.statuscode);
  if (mismatch) diagnostics.push(mismatch);
  return diagnostics;
}

/** The state a created record starts in (Active, Open): the first option of statecode. */
export const initialState = (metadata: TableMetadata): number | undefined => metadata.columns.statecode?.choices?.[0]?.value;

/** A statuscode that belongs to another state than `state` (create: the initial state). */
export function statusForStateProblem(metadata: TableMetadata, state: unknown, status: unknown): Diagnostic | undefined {
  if (typeof state !== "number" || typeof status !== "number") return undefined;
  const option = metadata.columns.statuscode?.choices?.find((choice) => choice.value === status);
  if (!option || option.state === undefined || option.state === state) return undefined;
  return diagnostic("statuscode", "choice", { value: status, state }, "validation.choice.statusForState");
}

const filledByAlternative = (column: ColumnMetadata, record: DataverseRecord): boolean =>
  (column.satisfiedBy ?? []).some((alternative) => !isBlank(record[alternative]));

function validatePresent(
  column: ColumnMetadata,
  value: unknown,
  operation: Operation,
  shape: RecordShape,
  record: DataverseRecord,
): Diagnostic | undefined {
  const name = column.logicalName;
  if (shape === "write" && operation === "create" && column.notValidForCreate) return diagnostic(name, "type", {}, "validation.notValidForCreate");
  if (shape === "write" && operation === "update" && column.createOnly) return diagnostic(name, "type", {}, "validation.createOnly");
  if (isBlank(value)) {
    const required = column.requiredLevel === "applicationRequired" || column.requiredLevel === "systemRequired";
    const enforced = shape === "write" && required && !column.platformGenerated && !filledByAlternative(column, record);
    return enforced ? diagnostic(name, "required") : undefined;
  }
  return validateValue(column, value);
}

type Judged = "ignore" | { column: ColumnMetadata; value: unknown } | { column?: ColumnMetadata; problem: Diagnostic };

/** What one key of the record says, typed from the schema; `value` is the column's value to check. */
function judgeKey(metadata: TableMetadata, meaning: KeyMeaning, key: string, value: unknown, shape: RecordShape): Judged {
  switch (meaning.kind) {
    case "column":
      return { column: meaning.column, value };
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
        : { problem: diagnostic(column.logicalName, "choice", { value: String(value) }, "validation.choice.target") };
    }
    case "bind": {
      const { column } = meaning;
      if (value === null) return { column, value: null };
      const target = parseBindValue(value);
      if (!target) return { column, problem: diagnostic(column.logicalName, "format", {}, "validation.format.bind") };
      if (!bindTargetTable(column, target.entitySet, meaning.target)) {
        return { column, problem: diagnostic(column.logicalName, "choice", { value: target.entitySet }, "validation.choice.target") };
      }
      return { column, value: target.id };
    }
  }
}
