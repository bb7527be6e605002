import type { TableMetadata } from "../schema/types";
import { diagnostic } from "./diagnostics";
import { checkRecord, DataverseRecord, Judged, ownColumn, ValidateOptions } from "./recordChecks";
import type { Diagnostic } from "./diagnostics";
import { validateValue, validateValueExceptDateTime } from "./validateColumn";

/**
 * validateRecord for a record keyed by column logical names only — what a form or the wizard
 * holds, never a Web API lookup spelling (`nav@odata.bind`, `_x_value`). The same checks
 * (recordChecks.ts) without the lookup-key parser (lookups.ts), which the form script and the
 * wizard would otherwise carry for keys they never write. Any other key is an unknown column. A
 * lookup column (which neither edits through this) is taken as its id: only validateRecord, which
 * reads Web API keys, refuses a lookup under its plain name.
 */
export function validateColumnRecord(metadata: TableMetadata, record: DataverseRecord, options: Omit<ValidateOptions, "shape"> = {}): Diagnostic[] {
  return checkRecord(metadata, record, options, judgeColumnKey, validateValue);
}

/**
 * validateColumnRecord for a table with no date and time column (the WhatsApp account the wizard
 * checks): the same checks without the ISO 8601 date parser, which would cost the wizard's bundle
 * about 0.5 KB gzip for a column type its table doesn't have. A table with a datetime column is
 * refused (throws): validateColumnRecord is for that one.
 */
export function validateDatelessColumnRecord(
  metadata: TableMetadata,
  record: DataverseRecord,
  options: Omit<ValidateOptions, "shape"> = {},
): Diagnostic[] {
  if (Object.values(metadata.columns).some((column) => column.type === "datetime")) {
    throw new Error(`${metadata.logicalName} has a date and time column: use validateColumnRecord`);
  }
  return checkRecord(metadata, record, options, judgeColumnKey, validateValueExceptDateTime);
}

function judgeColumnKey(metadata: TableMetadata, key: string, value: unknown): Judged {
  const column = ownColumn(metadata, key);
  return column ? { column, value } : { problem: diagnostic(key, "type", {}, "validation.unknownColumn") };
}
