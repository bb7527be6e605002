import type { ColumnMetadata, TableMetadata } from "../schema/types";
import { Diagnostic, diagnostic } from "./diagnostics";
import { isBlank, isRequiredOnCreate, ValueCheck } from "./validateColumn";

/**
 * The checks every record gets, whatever its keys look like: each present column's value, the
 * required columns a create leaves out, and a status that belongs to another state. How a key
 * maps to a column is the caller's `judge` (validateRecord.ts reads Web API lookup spellings,
 * validateColumnRecord.ts only column names), so a bundle that never sees a lookup key does not
 * carry the lookup parser. How a value is checked is the caller's `checkValue` too (validateValue,
 * or validatePlainValue for a record without dates, URLs or phone numbers), for the same reason.
 */

export type Operation = "create" | "update";

/** `record` as a create or update sends it ("write") or as the Web API returns a row ("read"). */
export type RecordShape = "write" | "read";

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

/** What one key of a record says: skip it, check `value` against `column`, or a problem already. */
export type Judged =
  | "ignore"
  | { column: ColumnMetadata; value: unknown }
  | { column?: ColumnMetadata; problem: Diagnostic }
  /** The column is set, with nothing left to check here (a bind by alternate key: only the organization can resolve it). */
  | { column: ColumnMetadata; accepted: true };

export type KeyJudge = (metadata: TableMetadata, key: string, value: unknown, shape: RecordShape) => Judged;

export function checkRecord(
  metadata: TableMetadata,
  record: DataverseRecord,
  options: ValidateOptions,
  judge: KeyJudge,
  checkValue: ValueCheck,
): Diagnostic[] {
  const operation = options.operation ?? "create";
  const shape = options.shape ?? "write";
  const diagnostics: Diagnostic[] = [];
  /** Column → the first key that set it. */
  const seen = new Map<string, string>();
  /**
   * Two keys for one column (customerid_contact@odata.bind and customerid_account@odata.bind, or
   * a bind and `_x_value`): the Web API would keep one silently; refused, naming both.
   */
  const setBy = (column: ColumnMetadata, key: string, keyRefused = false): boolean => {
    const first = seen.get(column.logicalName);
    if (first === undefined) seen.set(column.logicalName, key);
    // A key already refused on its own (a lookup under its plain name) has its diagnostic: one is enough.
    else if (!keyRefused && !refused.has(column.logicalName))
      diagnostics.push(diagnostic(column.logicalName, "format", { keys: `${first}, ${key}` }, "validation.columnGivenTwice"));
    if (keyRefused) refused.add(column.logicalName);
    return first === undefined;
  };
  const refused = new Set<string>();

  for (const [key, value] of Object.entries(record)) {
    const judged = judge(metadata, key, value, shape);
    if (judged === "ignore") continue;
    if ("problem" in judged) {
      if (judged.column) setBy(judged.column, key, true);
      diagnostics.push(judged.problem);
      continue;
    }
    if (!setBy(judged.column, key)) continue;
    if ("accepted" in judged) continue;
    const found = validatePresent(judged.column, judged.value, operation, shape, record, checkValue);
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
  checkValue: ValueCheck,
): Diagnostic | undefined {
  const name = column.logicalName;
  if (shape === "write" && operation === "create" && column.notValidForCreate)
    return diagnostic(name, "type", {}, "validation.notValidForCreate");
  if (shape === "write" && operation === "update" && column.createOnly) return diagnostic(name, "type", {}, "validation.createOnly");
  if (isBlank(value)) {
    const required = column.requiredLevel === "applicationRequired" || column.requiredLevel === "systemRequired";
    const enforced = shape === "write" && required && !column.platformGenerated && !filledByAlternative(column, record);
    return enforced ? diagnostic(name, "required") : undefined;
  }
  return checkValue(column, value);
}

/** The column named `key` itself (own property only: a key is user input, "__proto__" included). */
export const ownColumn = (metadata: TableMetadata, key: string): ColumnMetadata | undefined =>
  Object.prototype.hasOwnProperty.call(metadata.columns, key) ? metadata.columns[key] : undefined;
