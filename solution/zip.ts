import { Unzip, UnzipInflate, zipSync, Zippable } from "fflate";

/** Every entry gets this timestamp, so the same inputs give byte-identical zips. */
export const FIXED_MTIME = new Date(Date.UTC(2020, 0, 1, 0, 0, 0));

/** A zip of the given files, entries sorted by name, fixed timestamps and compression. */
export function deterministicZip(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const name of [...files.keys()].sort()) {
    zippable[name] = [files.get(name)!, { mtime: FIXED_MTIME, level: 9 }];
  }
  return zipSync(zippable, { mtime: FIXED_MTIME });
}

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/**
 * Every entry in file order, duplicates included (an object keyed by name, as `unzipSync`
 * returns, would hide them). Directory entries are skipped.
 */
export function readZipEntries(zip: Uint8Array): ZipEntry[] {
  const entries: ZipEntry[] = [];
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  let failure: unknown;
  unzip.onfile = (file) => {
    const chunks: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (error) {
        failure = error;
        return;
      }
      chunks.push(chunk);
      if (final && !file.name.endsWith("/")) entries.push({ name: file.name, data: concat(chunks) });
    };
    file.start();
  };
  unzip.push(zip, true);
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
  return entries;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
