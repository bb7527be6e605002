/** Where a break is: byte offset in the file, and line and column (1-based) as an editor shows them. */
export interface TextPosition {
  byte: number;
  line: number;
  column: number;
}

export const describePosition = (at: TextPosition): string =>
  `byte ${at.byte.toLocaleString("en-US")} (line ${at.line.toLocaleString("en-US")}, column ${at.column.toLocaleString("en-US")})`;

/**
 * The parser may name a fault a few characters back, in text it held while waiting for more (a
 * string, number or literal cut at a chunk's end: at most 16 characters in stream-json).
 */
const KEEP = 1024;

/**
 * Follows decoded text so that any character of the last chunks can be named by byte, line and
 * column. Lines end at LF (CRLF counts once); columns count UTF-16 code units, as most editors do.
 * Text older than the last chunk and KEEP characters is only counted (newlines, bytes), not kept.
 */
export class TextTracker {
  private text = "";
  /** The position of text[0], and how many characters came before it. */
  private base: TextPosition = { byte: 0, line: 1, column: 1 };
  private baseCharacters = 0;
  private byteLength: (prefix: string) => number = (prefix) => prefix.length;

  /** Characters added so far. */
  get characters(): number {
    return this.baseCharacters + this.text.length;
  }

  /**
   * Adds the next decoded text, which starts at `byteOffset` (text that bytes held back by the
   * decoder will complete starts later than the text before it ended only by those bytes).
   */
  add(text: string, byteOffset: number, byteLength: (prefix: string) => number): void {
    this.byteLength = byteLength;
    this.forget(Math.max(0, this.text.length - KEEP));
    if (this.text === "") this.base = { ...this.base, byte: byteOffset };
    this.text += text;
  }

  /** The position of the character `offset` characters from the start (clamped to what is kept). */
  at(offset: number): TextPosition {
    const local = Math.max(0, Math.min(this.text.length, offset - this.baseCharacters));
    return advance(this.base, this.text.slice(0, local), this.byteLength);
  }

  /** The character at `offset` (a whole surrogate pair), or undefined past the end. */
  characterAt(offset: number): string | undefined {
    const code = this.text.codePointAt(offset - this.baseCharacters);
    return code === undefined ? undefined : String.fromCodePoint(code);
  }

  private forget(count: number): void {
    // Never between the halves of a surrogate pair: each half alone counts 3 bytes, the pair 4.
    const low = this.text.charCodeAt(count);
    if (count > 0 && low >= 0xdc00 && low <= 0xdfff) count -= 1;
    if (count <= 0) return;
    this.base = advance(this.base, this.text.slice(0, count), this.byteLength);
    this.baseCharacters += count;
    this.text = this.text.slice(count);
  }
}

function advance(from: TextPosition, text: string, byteLength: (prefix: string) => number): TextPosition {
  let line = from.line;
  let lastNewline = -1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lastNewline = i;
  }
  const column = lastNewline === -1 ? from.column + text.length : text.length - lastNewline;
  return { byte: from.byte + byteLength(text), line, column };
}
