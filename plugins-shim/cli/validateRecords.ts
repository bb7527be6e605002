import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { Writable } from "node:stream";
import { once } from "node:events";
import streamArray from "stream-json/streamers/stream-array.js";
import streamValues from "stream-json/streamers/stream-values.js";
import { Diagnostic, diagnostic, validateRecord } from "../rules";
import { UniqueValuesSeen } from "../rules/uniqueValues";
import { getTable } from "../schema";
import { isJsonObject } from "../intake/readKeys";
import { PrintedDiagnostic } from "./messages";
import { chunkDecoder, StrictDecoder } from "./readText";
import { describeFailure, UsageError } from "./usage";

export interface ValidationEntry {
  index: number;
  valid: boolean;
  diagnostics: PrintedDiagnostic[];
}

/**
 * Validates one record of a file as a create (what importing it would do); `seen` holds the unique
 * values of the records before it, so a clash inside the file is reported on the later record.
 */
export function validateEntry(
  table: string,
  record: unknown,
  index: number,
  describe: (d: Diagnostic) => PrintedDiagnostic,
  seen?: UniqueValuesSeen,
): ValidationEntry {
  const found = isJsonObject(record)
    ? [...validateRecord(table, record, { operation: "create" }), ...(seen?.add(record, index) ?? [])]
    : [diagnostic("", "type", { expected: "object" })];
  return { index, valid: found.length === 0, diagnostics: found.map(describe) };
}

/** The first significant character of a file: "[" means an array of records, anything else one record. */
async function firstCharacter(file: string): Promise<string> {
  const handle = await open(file, "r").catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`Cannot read ${file}: ${error.code ?? error.message}`);
  });
  try {
    if ((await handle.stat()).isDirectory()) throw new UsageError(`Cannot read ${file}: it is a directory.`);
    const buffer = Buffer.alloc(4096);
    const decode = chunkDecoder(file);
    for (let position = 0; ; ) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) throw new UsageError(`${file} is empty.`);
      const text = decode(buffer.subarray(0, bytesRead)).trimStart();
      if (text) return text[0];
      position += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

interface Pass {
  /** Records seen (validated or skipped). */
  count: number;
  error?: unknown;
  /** Characters decoded when the error happened. */
  charactersPassed: number;
}

/**
 * One pass over the file: every record from index `from` on goes to `onRecord`. `fineFrom`: from
 * that character on, the parser is fed one character at a time. stream-json parses a chunk at a
 * time and a break drops the records it had found in that chunk; fed finely, it hands over every
 * record that ends before the break.
 */
async function pass(file: string, isArray: boolean, from: number, fineFrom: number, onRecord: (value: unknown, index: number) => Promise<void>): Promise<Pass> {
  const decoder = new StrictDecoder(file, fineFrom);
  const parser = isArray ? streamArray.withParserAsStream() : streamValues.withParserAsStream();
  const source = createReadStream(file);
  source.on("error", (error) => decoder.destroy(error));
  decoder.on("error", (error) => parser.destroy(error));
  const records = source.pipe(decoder).pipe(parser);
  let count = 0;
  try {
    for await (const item of records as AsyncIterable<{ value: unknown }>) {
      if (!isArray && count === 1) throw new UsageError(`${file} holds more than one JSON value: put the records in an array.`);
      if (count >= from) await onRecord(item.value, count);
      count += 1;
    }
    return { count, charactersPassed: decoder.charactersPassed };
  } catch (error) {
    source.destroy();
    return { count, error, charactersPassed: decoder.charactersPassed };
  }
}

/** Characters that can be in flight between the decoder and the parser (stream buffers, one chunk). */
const IN_FLIGHT = 512 * 1024;

/**
 * Streams the records of `file` through `validateEntry` and writes a JSON array to `out`, one
 * entry per record, so memory stays flat whatever the file's size. Resolves whether all were
 * valid. When the JSON breaks, every record before the break is reported at its true index, the
 * array is closed and a UsageError names the last good record.
 */
export async function validateFile(
  table: string,
  file: string,
  out: Writable,
  describe: (d: Diagnostic) => PrintedDiagnostic,
): Promise<boolean> {
  const isArray = (await firstCharacter(file)) === "[";
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  let allValid = true;
  let written = 0;
  const seen = new UniqueValuesSeen(getTable(table)!);
  const onRecord = async (value: unknown, index: number) => {
    const entry = validateEntry(table, value, index, describe, seen);
    allValid &&= entry.valid;
    await write(`${written === 0 ? "\n" : ",\n"}${JSON.stringify(entry)}`);
    written += 1;
  };
  await write("[");
  let result: Pass;
  try {
    result = await pass(file, isArray, 0, Infinity, onRecord);
    if (result.error !== undefined && !(result.error instanceof UsageError && result.error.message.includes("more than one JSON value"))) {
      // Again, finely around the break, for the records the first pass lost with it.
      const retry = await pass(file, isArray, written, Math.max(0, result.charactersPassed - IN_FLIGHT), onRecord);
      if (retry.error !== undefined) result = retry;
    }
  } finally {
    await write(written === 0 ? "]\n" : "\n]\n");
  }
  if (result.error !== undefined) {
    if (result.error instanceof UsageError && !/valid JSON/.test(result.error.message)) throw result.error;
    const where = written === 0 ? "before the first record" : `after record ${written - 1} (the last one reported)`;
    throw new UsageError(`${file} is not valid JSON ${where}: ${describeFailure(result.error)}`);
  }
  return allValid;
}
