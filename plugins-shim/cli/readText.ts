import { UsageError } from "./usage";

/**
 * Text of an input file, decoded strictly: UTF-8 (a BOM is skipped), or UTF-16 with its BOM.
 * Invalid UTF-8 is refused instead of silently becoming U+FFFD, and UTF-16 without a BOM (every
 * other byte NUL) is named for what it is instead of reaching the JSON parser.
 */
export type Encoding = "utf-8" | "utf-16le" | "utf-16be";

const BOMS: { encoding: Encoding; bytes: number[] }[] = [
  { encoding: "utf-8", bytes: [0xef, 0xbb, 0xbf] },
  { encoding: "utf-16le", bytes: [0xff, 0xfe] },
  { encoding: "utf-16be", bytes: [0xfe, 0xff] },
];

/** The encoding and the length of its BOM, from the file's first bytes. */
export function detectEncoding(file: string, head: Uint8Array): { encoding: Encoding; bom: number } {
  const bom = BOMS.find(({ bytes }) => bytes.every((byte, i) => head[i] === byte));
  if (bom) return { encoding: bom.encoding, bom: bom.bytes.length };
  if (looksLikeUtf16(head.subarray(0, 64))) throw new UsageError(`${file} looks like UTF-16 without a byte-order mark: save it as UTF-8.`);
  return { encoding: "utf-8", bom: 0 };
}

/**
 * UTF-16 text that is mostly ASCII: NUL in every byte of one parity and in no byte of the other.
 * Any other NUL (a file of zeros, binary data) is left to the JSON reader, which names its place.
 */
function looksLikeUtf16(sample: Uint8Array): boolean {
  if (sample.length < 2) return false;
  const nulAt = (parity: number) => sample.every((byte, i) => i % 2 !== parity || byte === 0);
  const noNulAt = (parity: number) => sample.every((byte, i) => i % 2 !== parity || byte !== 0);
  return (nulAt(0) && noNulAt(1)) || (nulAt(1) && noNulAt(0));
}

/** A piece of decoded text, where it starts in the file, and the bytes any start of it took. */
export interface DecodedText {
  text: string;
  byteOffset: number;
  byteLength: (prefix: string) => number;
  /** The bytes after `text` can't be decoded: why (the text is every character before them). */
  invalid?: string;
}

/**
 * Decodes a file chunk by chunk: the encoding is detected once, from the file's first bytes (the
 * BOM; held back until three have come or the file ends), and a sequence cut at a chunk's end is
 * completed by the next. At an invalid sequence it returns the text before it, so nothing that
 * precedes the fault is lost, and says where the fault is.
 */
export class StrictDecoder {
  private decoder: TextDecoder | undefined;
  private encoding: Encoding = "utf-8";
  private head = new Uint8Array(0);
  private bom = 0;
  /** Bytes given to the decoder (after the BOM), and the bytes of the text it returned. */
  private consumed = 0;
  private textBytes = 0;
  /** The last bytes given, which may still be held inside the decoder. */
  private tail = new Uint8Array(0);

  constructor(private readonly file: string) {}

  byteLength = (text: string): number => (this.encoding === "utf-8" ? Buffer.byteLength(text, "utf8") : text.length * 2);

  decode(bytes: Uint8Array, final = false): DecodedText {
    if (!this.decoder) {
      this.head = Buffer.concat([this.head, bytes]);
      if (this.head.length < 3 && !final) return this.piece("");
      const detected = detectEncoding(this.file, this.head);
      this.encoding = detected.encoding;
      this.bom = detected.bom;
      this.decoder = new TextDecoder(this.encoding, { fatal: true, ignoreBOM: true });
      bytes = this.head.subarray(this.bom);
    }
    try {
      const text = this.decoder.decode(bytes, { stream: !final });
      return this.taken(bytes, text);
    } catch {
      return this.validPrefix(bytes, final);
    }
  }

  private piece(text: string, invalid?: string): DecodedText {
    return { text, byteOffset: this.bom + this.textBytes, byteLength: this.byteLength, ...(invalid ? { invalid } : {}) };
  }

  private taken(bytes: Uint8Array, text: string): DecodedText {
    const decoded = this.piece(text);
    this.consumed += bytes.length;
    this.textBytes += this.byteLength(text);
    this.tail = Buffer.concat([this.tail, bytes]).subarray(-4);
    return decoded;
  }

  /** The longest start of the undecoded bytes that is valid (a sequence cut at its end waits). */
  private validPrefix(bytes: Uint8Array, final: boolean): DecodedText {
    const held = this.consumed - this.textBytes;
    const pending = Buffer.concat([this.tail.subarray(this.tail.length - held), bytes]);
    const decodes = (length: number) => {
      try {
        return new TextDecoder(this.encoding, { fatal: true, ignoreBOM: true }).decode(pending.subarray(0, length), { stream: true });
      } catch {
        return undefined;
      }
    };
    let low = 0;
    let high = final ? pending.length : pending.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (decodes(middle) === undefined) high = middle - 1;
      else low = middle;
    }
    const text = decodes(low) ?? "";
    return this.piece(text, `not valid ${this.encoding.toUpperCase()} text`);
  }
}
