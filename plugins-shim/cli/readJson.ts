import { Diagnostic, diagnostic } from "../rules";
import { JsonBreak, JsonRecord, JsonRecordReader, ReaderOptions } from "./jsonRecords";
import { inputName, readBytes } from "./readBytes";
import { StrictDecoder } from "./readText";
import { describePosition } from "./textPosition";

export interface ReadOptions extends ReaderOptions {
  /** Bytes read at most (counted while reading: see readBytes). */
  maxBytes?: number;
}

/**
 * Reads `file` (`-`: standard input) as JSON and hands each record to `onRecord` in file order,
 * as soon as it is complete. Resolves with the break, if the text breaks: every record that ends
 * before it has been handed over. Unreadable input and a size over the cap throw a UsageError.
 */
export function readJsonRecords(
  file: string,
  options: ReadOptions,
  onRecord: (record: JsonRecord) => void | Promise<void>,
): Promise<JsonBreak | undefined> {
  return readJsonChunks(inputName(file), readBytes(file, options.maxBytes), options, onRecord);
}

/** readJsonRecords over any sequence of byte chunks; `name` is the input's name in messages. */
export async function readJsonChunks(
  name: string,
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: ReaderOptions,
  onRecord: (record: JsonRecord) => void | Promise<void>,
): Promise<JsonBreak | undefined> {
  const decoder = new StrictDecoder(name);
  const reader = new JsonRecordReader(options);
  const take = async (bytes: Uint8Array, final: boolean): Promise<JsonBreak | undefined> => {
    const decoded = decoder.decode(bytes, final);
    const step = reader.write(decoded.text, decoded.byteOffset, decoded.byteLength);
    for (const record of step.records) await onRecord(record);
    if (step.broken) return step.broken;
    if (decoded.invalid) return reader.breakHere(decoded.invalid);
    return undefined;
  };
  for await (const bytes of chunks) {
    const broken = await take(bytes, false);
    if (broken) return broken;
  }
  const broken = await take(new Uint8Array(), true);
  if (broken) return broken;
  const end = reader.end();
  for (const record of end.records) await onRecord(record);
  return end.broken;
}

/** What reading found wrong with a record: a key given twice, a record too large to read. */
export function readingDiagnostics(record: JsonRecord, maxCharacters: number): Diagnostic[] {
  if (record.tooLargeAt !== undefined)
    return [diagnostic(record.tooLargeAt, "maxLength", { max: maxCharacters }, "validation.recordTooLarge")];
  return record.repeatedKeys.map((path) => diagnostic(path, "format", {}, "validation.repeatedKey"));
}

/**
 * The one line for a break. `records`: the file holds records (`validate`), and the line says
 * which one broke and that those before it were reported.
 */
export function breakMessage(name: string, broken: JsonBreak, records: boolean): string {
  if (broken.empty) return `${name} is empty.`;
  const where = describePosition(broken.position);
  if (broken.afterValue) {
    return broken.records === 1 && records
      ? `${name} holds more than one JSON value (the next starts at ${where}): put the records in an array.`
      : `${name} has more text after its JSON value, at ${where}: ${broken.reason}.`;
  }
  const what = broken.undecodable ? `${broken.reason} (save it as UTF-8)` : "not valid JSON";
  const detail = broken.undecodable ? "" : `: ${broken.reason}`;
  if (!records) return `${name} is ${what} at ${where}${detail}.`;
  const reported =
    broken.records === 0
      ? "no record before it"
      : broken.records === 1
        ? "record 0 before it is reported"
        : `records 0 to ${broken.records - 1} before it are reported`;
  return `${name} is ${what} in record ${broken.records}, at ${where}${detail}; ${reported}.`;
}
