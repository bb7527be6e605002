import { Zip, ZipPassThrough } from "fflate";
import { readZipEntries, ZipEntry } from "../../solution/zip";

/** Ways to break a good solution zip for verifier tests: each returns a new zip. */

/** A zip of exactly these entries, in this order, duplicates allowed (fflate's streaming writer). */
export function rawZip(entries: readonly ZipEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const entry of entries) {
    const file = new ZipPassThrough(entry.name);
    zip.add(file);
    file.push(entry.data, true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
export const decode = (data: Uint8Array): string => new TextDecoder().decode(data);

/** The zip with the text of the named entries changed. */
export function withTexts(zip: Uint8Array, names: readonly string[], change: (text: string) => string): Uint8Array {
  return rawZip(
    readZipEntries(zip).map((entry) => (names.includes(entry.name) ? { name: entry.name, data: utf8(change(decode(entry.data))) } : entry)),
  );
}

/** Replaces `from` by `to` exactly once in the named entry; throws when `from` is not there, so a test can't pass on a no-op edit. */
export function replacedOnce(zip: Uint8Array, name: string, from: string, to: string): Uint8Array {
  return withTexts(zip, [name], (text) => {
    if (!text.includes(from)) throw new Error(`${name} does not contain ${from}`);
    return text.replace(from, to);
  });
}
