import { Transform, TransformCallback } from "node:stream";
import { UsageError } from "./usage";

/**
 * Text of an input file, decoded strictly: UTF-8 (a BOM is skipped), or UTF-16 with its BOM.
 * Invalid UTF-8 is refused instead of silently becoming U+FFFD, and UTF-16 without a BOM (every
 * other byte NUL) is named for what it is instead of reaching the JSON parser.
 */
export type Encoding = "utf-8" | "utf-16le" | "utf-16be";

export function detectEncoding(file: string, head: Uint8Array): Encoding {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  const sample = head.subarray(0, 64);
  if (sample.length >= 2 && sample.includes(0)) {
    throw new UsageError(`${file} looks like UTF-16 without a byte-order mark: save it as UTF-8.`);
  }
  return "utf-8";
}

export const decodeStrictly = (file: string, bytes: Uint8Array): string => chunkDecoder(file)(bytes, true);

/**
 * Decodes a file chunk by chunk: the encoding is detected once, from the file's first bytes (the
 * BOM; held back until two have come), and a sequence cut at a chunk's end is completed by the
 * next. `final` ends the text.
 */
export function chunkDecoder(file: string): (bytes: Uint8Array, final?: boolean) => string {
  let decoder: TextDecoder | undefined;
  let encoding: Encoding = "utf-8";
  let head = new Uint8Array(0);
  return (bytes, final = false) => {
    if (!decoder) {
      head = Buffer.concat([head, bytes]);
      if (head.length < 2 && !final) return "";
      encoding = detectEncoding(file, head);
      decoder = new TextDecoder(encoding, { fatal: true });
      bytes = head;
    }
    try {
      return decoder.decode(bytes, { stream: !final });
    } catch {
      throw new UsageError(`${file} is not valid ${encoding.toUpperCase()} text: save it as UTF-8.`);
    }
  };
}

/**
 * A streaming strict decoder that also counts the characters it passed on, and from character
 * `fineFrom` on passes them one at a time (used to find every record before a break, see
 * validateRecords.ts).
 */
export class StrictDecoder extends Transform {
  private readonly decode: (bytes: Uint8Array, final?: boolean) => string;
  charactersPassed = 0;

  constructor(
    file: string,
    private readonly fineFrom = Infinity,
  ) {
    super({ readableObjectMode: false, decodeStrings: true });
    this.decode = chunkDecoder(file);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.pass(this.decode(chunk));
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.pass(this.decode(new Uint8Array(), true));
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }


  private pass(text: string): void {
    const coarse = Math.max(0, Math.min(text.length, this.fineFrom - this.charactersPassed));
    if (coarse > 0) this.push(text.slice(0, coarse));
    for (let i = coarse; i < text.length; ) {
      const step = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1; // never split a surrogate pair
      this.push(text.slice(i, i + step));
      i += step;
    }
    this.charactersPassed += text.length;
  }
}
