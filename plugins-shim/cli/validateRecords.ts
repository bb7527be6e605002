import { Writable } from "node:stream";
import { once } from "node:events";
import { Diagnostic, diagnostic, validateRecord } from "../rules";
import { UniqueValuesSeen } from "../rules/uniqueValues";
import { getTable, TableMetadata } from "../schema";
import { isJsonObject } from "../intake/readKeys";
import { JsonRecord } from "./jsonRecords";
import { PrintedDiagnostic } from "./messages";
import { breakMessage, readJsonRecords, readingDiagnostics } from "./readJson";
import { inputName } from "./readBytes";
import { UsageError } from "./usage";

export interface ValidationEntry {
  index: number;
  valid: boolean;
  diagnostics: PrintedDiagnostic[];
}

/**
 * Characters one record may hold: far above any row Dataverse stores (its longest text column
 * holds 1,048,576), far below JavaScript's longest string (about 512 Mi): a bigger record is
 * reported as too large and the next one is read.
 */
export const MAX_RECORD_CHARACTERS = 16 * 1024 * 1024;

/**
 * Validates one record of a file as a create (what importing it would do), against the shipped
 * schema (a table name) or an org's own metadata (`validate --org`); `seen` holds the unique
 * values of the records before it, so a clash inside the file is reported on the later record.
 */
export function validateEntry(
  table: string | TableMetadata,
  record: JsonRecord,
  describe: (d: Diagnostic) => PrintedDiagnostic,
  seen?: UniqueValuesSeen,
): ValidationEntry {
  const { index, value } = record;
  const read = readingDiagnostics(record, MAX_RECORD_CHARACTERS);
  const found =
    record.tooLargeAt !== undefined
      ? read
      : [
          ...read,
          ...(isJsonObject(value)
            ? [...validateRecord(table, value, { operation: "create" }), ...(seen?.add(value, index) ?? [])]
            : [diagnostic("", "type", { expected: "object" })]),
        ];
  return { index, valid: found.length === 0, diagnostics: found.map(describe) };
}

/**
 * Streams the records of `file` (`-`: standard input) through `validateEntry` and writes a JSON
 * array to `out`, one entry per record, so memory stays flat whatever the file's size. Resolves
 * whether all were valid. When the JSON breaks, every record before the break has its entry, the
 * array is closed and a UsageError names the broken record and where the break is.
 */
export async function validateFile(
  table: string | TableMetadata,
  file: string,
  out: Writable,
  describe: (d: Diagnostic) => PrintedDiagnostic,
): Promise<boolean> {
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  let allValid = true;
  let written = 0;
  const seen = new UniqueValuesSeen(typeof table === "string" ? getTable(table)! : table);
  await write("[");
  let broken;
  try {
    broken = await readJsonRecords(file, { arrayHoldsRecords: true, maxRecordCharacters: MAX_RECORD_CHARACTERS }, async (record) => {
      const entry = validateEntry(table, record, describe, seen);
      allValid &&= entry.valid;
      await write(`${written === 0 ? "\n" : ",\n"}${JSON.stringify(entry)}`);
      written += 1;
    });
  } finally {
    await write(written === 0 ? "]\n" : "\n]\n");
  }
  if (broken) throw new UsageError(breakMessage(inputName(file), broken, true));
  return allValid;
}
