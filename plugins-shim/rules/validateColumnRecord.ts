import type { TableMetadata } from "../schema/types";
import { diagnostic } from "./diagnostics";
import { checkRecord, DataverseRecord, Judged, ownColumn, ValidateOptions } from "./recordChecks";
import type { Diagnostic } from "./diagnostics";

/**
 * validateRecord for a record keyed by column logical names only — what a form or the wizard
 * holds, never a Web API lookup spelling (`nav@odata.bind`, `_x_value`). The same checks
 * (recordChecks.ts) without the lookup-key parser (lookups.ts), which the form script and the
 * wizard would otherwise carry for keys they never write. Any other key is an unknown column. A
 * lookup column (which neither edits through this) is taken as its id: only validateRecord, which
 * reads Web API keys, refuses a lookup under its plain name.
 */
export function validateColumnRecord(metadata: TableMetadata, record: DataverseRecord, options: Omit<ValidateOptions, "shape"> = {}): Diagnostic[] {
  return checkRecord(metadata, record, options, judgeColumnKey);
}

function judgeColumnKey(metadata: TableMetadata, key: string, value: unknown): Judged {
  const column = ownColumn(metadata, key);
  return column ? { column, value } : { problem: diagnostic(key, "type", {}, "validation.unknownColumn") };
}
