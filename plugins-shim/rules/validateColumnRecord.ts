import type { TableMetadata } from "../schema/types";
import { diagnostic } from "./diagnostics";
import { checkRecord, DataverseRecord, Judged, ownColumn, ValidateOptions } from "./recordChecks";
import type { Diagnostic } from "./diagnostics";
import { validatePlainValue, validateValue } from "./validateColumn";

/**
 * validateRecord for a record keyed by column logical names only — what a form or the wizard
 * holds, never a Web API lookup spelling (`nav@odata.bind`, `_x_value`). The same checks
 * (recordChecks.ts) without the lookup-key parser (lookups.ts), which the form script and the
 * wizard would otherwise carry for keys they never write. Any other key is an unknown column. A
 * lookup column (which neither edits through this) is taken as its id: only validateRecord, which
 * reads Web API keys, refuses a lookup under its plain name.
 */
export function validateColumnRecord(
  metadata: TableMetadata,
  record: DataverseRecord,
  options: Omit<ValidateOptions, "shape"> = {},
): Diagnostic[] {
  return checkRecord(metadata, record, options, judgeColumnKey, validateValue);
}

/**
 * validateColumnRecord for a record of plain columns only (validatePlainValue: no date and time,
 * no URL or phone text), as the WhatsApp wizard writes: the same checks without the ISO 8601, URL
 * and phone parsers, about 0.8 KB gzip of its bundle. A value for any other column throws:
 * validateColumnRecord is for those.
 */
export function validatePlainColumnRecord(
  metadata: TableMetadata,
  record: DataverseRecord,
  options: Omit<ValidateOptions, "shape"> = {},
): Diagnostic[] {
  return checkRecord(metadata, record, options, judgeColumnKey, validatePlainValue);
}

function judgeColumnKey(metadata: TableMetadata, key: string, value: unknown): Judged {
  const column = ownColumn(metadata, key);
  return column ? { column, value } : { problem: diagnostic(key, "type", {}, "validation.unknownColumn") };
}
