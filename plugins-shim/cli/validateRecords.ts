import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { Writable } from "node:stream";
import { once } from "node:events";
import streamArray from "stream-json/streamers/stream-array.js";
import streamValues from "stream-json/streamers/stream-values.js";
import { Diagnostic, diagnostic, validateRecord } from "../rules";
import { isJsonObject } from "../intake/readKeys";
import { PrintedDiagnostic } from "./messages";
import { UsageError } from "./usage";

export interface ValidationEntry {
  index: number;
  valid: boolean;
  diagnostics: PrintedDiagnostic[];
}

/** Validates one record of a file as a create (what importing it would do). */
export function validateEntry(table: string, record: unknown, index: number, describe: (d: Diagnostic) => PrintedDiagnostic): ValidationEntry {
  const found = isJsonObject(record) ? validateRecord(table, record, { operation: "create" }) : [diagnostic("", "type", { expected: "object" })];
  return { index, valid: found.length === 0, diagnostics: found.map(describe) };
}

/** The first significant character of a file: "[" means an array of records, anything else one record. */
async function firstCharacter(file: string): Promise<string> {
  const handle = await open(file, "r").catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`Cannot read ${file}: ${error.code ?? error.message}`);
  });
  try {
    const buffer = Buffer.alloc(4096);
    for (let position = 0; ; ) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) throw new UsageError(`${file} is empty.`);
      const text = buffer.subarray(0, bytesRead).toString("utf8").replace(/^\uFEFF/, "").trimStart();
      if (text) return text[0];
      position += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

/**
 * Streams the records of `file` through `validateEntry` and writes a JSON array to `out`, one
 * entry per record, so memory stays flat whatever the file's size. Resolves whether all were valid.
 */
export async function validateFile(
  table: string,
  file: string,
  out: Writable,
  describe: (d: Diagnostic) => PrintedDiagnostic,
): Promise<boolean> {
  const isArray = (await firstCharacter(file)) === "[";
  const records = createReadStream(file).pipe(isArray ? streamArray.withParserAsStream() : streamValues.withParserAsStream());
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  let allValid = true;
  let count = 0;
  await write("[");
  try {
    for await (const item of records as AsyncIterable<{ key: number; value: unknown }>) {
      const entry = validateEntry(table, item.value, count, describe);
      allValid &&= entry.valid;
      await write(`${count === 0 ? "\n" : ",\n"}${JSON.stringify(entry)}`);
      count += 1;
    }
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON after record ${count}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await write(count === 0 ? "]\n" : "\n]\n");
  }
  return allValid;
}
