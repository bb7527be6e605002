import { ColumnMetadata, getTable, TableMetadata } from "../schema";
import { Diagnostic, diagnostic } from "./diagnostics";
import { isBlank, isGuid, isRequiredOnCreate, validateValue } from "./validateColumn";

export type Operation = "create" | "update";

export interface ValidateOptions {
  /** "create" (default) checks every required column; "update" only the columns present. */
  operation?: Operation;
}

export type DataverseRecord = Readonly<Record<string, unknown>>;

/**
 * Validates a record (column logical names → values, as the Web API takes them) against the
 * table's metadata. Also understands `_x_value` reads and `x@odata.bind` writes of lookups.
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
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();

  for (const [key, value] of Object.entries(record)) {
    const resolved = resolveKey(metadata, key, value);
    if (resolved === "ignore") continue;
    if (!resolved) {
      diagnostics.push(diagnostic(key, "type", {}, "validation.unknownColumn"));
      continue;
    }
    const { column, value: columnValue, problem } = resolved;
    seen.add(column.logicalName);
    if (problem) {
      diagnostics.push(problem);
      continue;
    }
    const found = validatePresent(column, columnValue, operation, record);
    if (found) diagnostics.push(found);
  }

  if (operation === "create") {
    for (const column of Object.values(metadata.columns)) {
      if (!seen.has(column.logicalName) && isRequiredOnCreate(column) && !filledByAlternative(column, record)) {
        diagnostics.push(diagnostic(column.logicalName, "required"));
      }
    }
  }
  const mismatch = validateStateStatus(metadata, record);
  if (mismatch) diagnostics.push(mismatch);
  return diagnostics;
}

const filledByAlternative = (column: ColumnMetadata, record: DataverseRecord): boolean =>
  (column.satisfiedBy ?? []).some((alternative) => !isBlank(record[alternative]));

function validatePresent(
  column: ColumnMetadata,
  value: unknown,
  operation: Operation,
  record: DataverseRecord,
): Diagnostic | undefined {
  const name = column.logicalName;
  if (operation === "create" && column.notValidForCreate) return diagnostic(name, "type", {}, "validation.notValidForCreate");
  if (operation === "update" && column.createOnly) return diagnostic(name, "type", {}, "validation.createOnly");
  if (isBlank(value)) {
    const required = column.requiredLevel === "applicationRequired" || column.requiredLevel === "systemRequired";
    return required && !column.platformGenerated && !filledByAlternative(column, record) ? diagnostic(name, "required") : undefined;
  }
  return validateValue(column, value);
}

interface ResolvedKey {
  column: ColumnMetadata;
  value: unknown;
  problem?: Diagnostic;
}

const BIND_VALUE = /^\/?(\w+)\(([^)]+)\)$/;

/** Maps a record key to its column; "ignore" for OData annotations that carry no value. */
function resolveKey(metadata: TableMetadata, key: string, value: unknown): ResolvedKey | "ignore" | undefined {
  const columns = metadata.columns;
  const own = (name: string) => (Object.prototype.hasOwnProperty.call(columns, name) ? columns[name] : undefined);
  const direct = own(key);
  if (direct) return { column: direct, value };

  const lookupRead = /^_(\w+)_value$/.exec(key);
  if (lookupRead && own(lookupRead[1])) return { column: own(lookupRead[1])!, value };

  const at = key.indexOf("@");
  if (at < 0) return undefined;
  if (!key.endsWith("@odata.bind")) return "ignore";
  const navigation = key.slice(0, at);
  // Customer columns bind per target: customerid_contact@odata.bind.
  const column = own(navigation) ?? own(navigation.replace(/_(\w+)$/, ""));
  if (!column) return undefined;
  if (value === null) return { column, value: null };
  const match = typeof value === "string" ? BIND_VALUE.exec(value) : null;
  if (!match || !isGuid(match[2])) {
    return { column, value, problem: diagnostic(column.logicalName, "format", {}, "validation.format.bind") };
  }
  return { column, value: match[2] };
}

function validateStateStatus(metadata: TableMetadata, record: DataverseRecord): Diagnostic | undefined {
  const state = record.statecode;
  const status = record.statuscode;
  if (typeof state !== "number" || typeof status !== "number") return undefined;
  const option = metadata.columns.statuscode?.choices?.find((choice) => choice.value === status);
  if (!option || option.state === undefined || option.state === state) return undefined;
  return diagnostic("statuscode", "choice", { value: status, state }, "validation.choice.statusForState");
}
