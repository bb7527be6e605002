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

export function decodeStrictly(file: string, bytes: Uint8Array): string {
  const encoding = detectEncoding(file, bytes);
  try {
    // ignoreBOM false (the default): the decoder drops the BOM itself.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${file} is not valid ${encoding.toUpperCase()} text: save it as UTF-8.`);
  }
}

/**
 * A streaming strict decoder that also counts the characters it passed on, and from character
 * `fineFrom` on passes them one at a time (used to find every record before a break, see
 * validateRecords.ts).
 */
export class StrictDecoder extends Transform {
  private decoder?: TextDecoder;
  private encoding?: Encoding;
  charactersPassed = 0;

  constructor(
    private readonly file: string,
    private readonly fineFrom = Infinity,
  ) {
    super({ readableObjectMode: false, decodeStrings: true });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      if (!this.decoder) {
        this.encoding = detectEncoding(this.file, chunk);
        this.decoder = new TextDecoder(this.encoding, { fatal: true });
      }
      this.pass(this.decode(chunk, true));
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      if (this.decoder) this.pass(this.decode(new Uint8Array(), false));
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  private decode(bytes: Uint8Array, stream: boolean): string {
    try {
      return this.decoder!.decode(bytes, { stream });
    } catch {
      throw new UsageError(`${this.file} is not valid ${this.encoding!.toUpperCase()} text: save it as UTF-8.`);
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
