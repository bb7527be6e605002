import { Assembler } from "stream-json/core/assembler.js";
import { jsonParser, Token } from "stream-json/core/parser.js";
import { jsonVerifier } from "stream-json/core/utils/verifier.js";
import { none } from "stream-chain/defs.js";
import { TextPosition, TextTracker } from "./textPosition";

/**
 * JSON text → records, a chunk of text at a time, losing nothing at a break.
 *
 * stream-json's parser turns a whole chunk into tokens and throws them all away when the chunk
 * breaks, and a stream drops whatever objects it had buffered: records complete before the break
 * were lost. Here stream-json's verifier (same grammar, exact error offset) sees each chunk first;
 * the parser is only ever given text the verifier accepted, up to the fault, so it never throws and
 * every record that ends before the break is handed over. Both are synchronous: no stream buffers.
 *
 * Built on stream-json rather than a hand-written tokenizer: it is already the project's streaming
 * parser, well kept, and its verifier and parser share one grammar.
 */

/** A top-level array holds records (`validate`); otherwise the whole value is one. */
export interface ReaderOptions {
  arrayHoldsRecords: boolean;
  /** Characters one record may hold before it is skipped as too large (bounds memory). */
  maxRecordCharacters: number;
}

/**
 * Arrays and objects open at once, at most; one more is a break. stream-json's verifier and parser
 * keep a stack entry per open level (and the reader a key set), so without a cap 21 MB of `[` held
 * about 1 GB. A Dataverse record is columns → values, a lookup or a deep-insert navigation property
 * adding a level or two; a seed 004 payload is about 4 deep. 64 is far above both and keeps the
 * stacks a few entries long.
 */
export const MAX_NESTING = 64;

export interface JsonRecord {
  index: number;
  /** The value, or undefined when it was too large to assemble. */
  value: unknown;
  /** Paths of keys given twice in one object (`customerid`, `a.b[2].c`). */
  repeatedKeys: string[];
  /** Where the record outgrew `maxRecordCharacters` ("" for the record itself). */
  tooLargeAt?: string;
}

export interface JsonBreak {
  /** Records handed over before the break; the break is in record `records` or after the last. */
  records: number;
  /** The break comes after the whole top-level value (more text after it). */
  afterValue: boolean;
  /** Nothing but blank space came before the end. */
  empty: boolean;
  /** The bytes could not be decoded (not the JSON that broke). */
  undecodable: boolean;
  position: TextPosition;
  reason: string;
}

export interface Step {
  records: JsonRecord[];
  broken?: JsonBreak;
}

const VALUE_START = new Set(["startObject", "startArray", "startString", "startNumber", "trueValue", "falseValue", "nullValue"]);
const VALUE_END = new Set(["endObject", "endArray", "endString", "endNumber", "trueValue", "falseValue", "nullValue"]);
/** Lexemes arrive in chunks; the assembler takes each whole, as this token. */
const PACKED: Record<string, string> = { endKey: "keyValue", endString: "stringValue", endNumber: "numberValue" };

export class JsonRecordReader {
  // The verifier reads one JSON value: text after it is a fault at its exact offset.
  private readonly verify = jsonVerifier({ jsonStreaming: false });
  // Lexemes unpacked, so their length is counted before they are joined (a 600 MB string is
  // skipped, not built). Streaming: the verifier judges what follows the value, not the parser.
  private readonly parse = jsonParser({ packKeys: false, packStrings: false, packNumbers: false, jsonStreaming: true });
  private readonly position = new TextTracker();
  private readonly nesting = new NestingScanner();
  private readonly options: ReaderOptions;

  private depth = 0;
  /** Depth at which records start: 1 inside a top-level array of records, else 0. */
  private recordDepth: number | undefined;
  private topDone = false;
  private count = 0;
  private broken = false;

  // The record being read.
  private assembler: Assembler | undefined;
  private inRecord = false;
  private characters = 0;
  private tooLargeAt: string | undefined;
  private repeatedKeys: string[] = [];
  /** One entry per open container of the record: the keys of an object, null for an array. */
  private keySets: (Set<string> | null)[] = [];
  private lexeme: string[] = [];

  constructor(options: ReaderOptions) {
    this.options = options;
  }

  /** Reads the next piece of text; `byteOffset` is where it starts in the file. */
  write(text: string, byteOffset: number, byteLength: (prefix: string) => number): Step {
    if (this.broken) throw new Error("write after a break");
    const start = this.position.characters;
    this.position.add(text, byteOffset, byteLength);
    // Too deep: neither the verifier nor the parser sees past the bracket that opens one level too
    // many. The verifier does see that bracket, so a fault before it (or in it) is named instead.
    const deep = this.nesting.tooDeepAt(text);
    const fault =
      deep === undefined
        ? this.check(text)
        : (this.check(text.slice(0, deep + 1)) ?? {
            offset: start + deep,
            message: `arrays and objects nested more than ${MAX_NESTING} deep`,
          });
    // The verifier's offset counts characters from the start; the fault may lie in text it held back.
    const good = fault ? Math.max(0, Math.min(text.length, fault.offset - start)) : text.length;
    const records = this.feed(good === text.length ? text : text.slice(0, good));
    return fault ? { records, broken: this.breakAt(fault) } : { records };
  }

  /** The end of the text: a value left open is a break. */
  end(): Step {
    const fault = this.check(none);
    // Left open, the text ends inside a value: flushing the parser would only throw again.
    return fault ? { records: [], broken: this.breakAt(fault) } : { records: this.feed(none) };
  }

  /** A break the caller found (bytes that can't be decoded), where the text so far ends. */
  breakHere(reason: string): JsonBreak {
    return this.breakAt({ offset: this.position.characters, message: reason }, true);
  }

  private check(text: string | typeof none): { offset: number; message: string } | undefined {
    try {
      this.verify(text);
      return undefined;
    } catch (error) {
      return { offset: (error as { offset?: number }).offset ?? this.position.characters, message: (error as Error).message };
    }
  }

  private breakAt(fault: { offset: number; message: string }, undecodable = false): JsonBreak {
    this.broken = true;
    const position = this.position.at(fault.offset);
    const atEnd = fault.offset >= this.position.characters;
    const empty = this.recordDepth === undefined && atEnd && !undecodable;
    const cleaned = cleanMessage(fault.message);
    const found = atEnd
      ? " (the text ends here)"
      : cleaned.startsWith("unexpected token")
        ? ""
        : `, found ${describeCharacter(this.position.characterAt(fault.offset))}`;
    const reason = undecodable ? fault.message : `${cleaned}${found}`;
    return { records: this.count, afterValue: this.topDone, empty, undecodable, position, reason };
  }

  private feed(text: string | typeof none): JsonRecord[] {
    const records: JsonRecord[] = [];
    if (text === "") return records;
    const result = this.parse(text);
    if (typeof result === "symbol") return records;
    for (const token of result.values) {
      const record = this.take(token);
      if (record) records.push(record);
    }
    return records;
  }

  /** One token: tracks depth and the record it belongs to; returns the record it completes. */
  private take(token: Token): JsonRecord | undefined {
    const { name } = token;
    if (this.recordDepth === undefined) this.recordDepth = this.options.arrayHoldsRecords && name === "startArray" ? 1 : 0;
    if (!this.inRecord) {
      if (!VALUE_START.has(name) || this.depth !== this.recordDepth) {
        // The top-level array of records opening or closing.
        if (name === "startArray") this.depth += 1;
        if (name === "endArray") {
          this.depth -= 1;
          this.topDone = true;
        }
        return undefined;
      }
      this.startRecord();
    }
    // A record too large is no longer assembled, so its keys are not checked: no key sets kept.
    if (name === "startObject" || name === "startArray") {
      this.depth += 1;
      if (this.tooLargeAt === undefined) this.keySets.push(name === "startObject" ? new Set() : null);
    } else if (name === "endObject" || name === "endArray") {
      this.depth -= 1;
      if (this.tooLargeAt === undefined) this.keySets.pop();
    }
    this.assemble(token);
    if (VALUE_END.has(name) && this.depth === this.recordDepth) return this.endRecord();
    return undefined;
  }

  private startRecord(): void {
    this.inRecord = true;
    this.assembler = new Assembler();
    this.characters = 0;
    this.tooLargeAt = undefined;
    this.repeatedKeys = [];
    this.keySets = [];
    this.lexeme = [];
  }

  private endRecord(): JsonRecord {
    const record: JsonRecord = {
      index: this.count,
      value: this.tooLargeAt === undefined ? this.assembler?.current : undefined,
      repeatedKeys: this.repeatedKeys,
      ...(this.tooLargeAt === undefined ? {} : { tooLargeAt: this.tooLargeAt }),
    };
    this.count += 1;
    this.inRecord = false;
    this.assembler = undefined;
    this.lexeme = [];
    if (this.depth === 0) this.topDone = true;
    return record;
  }

  /** Counts the token against the record's size and hands it to the assembler. */
  private assemble(token: Token): void {
    const chunk = token.name === "stringChunk" || token.name === "numberChunk";
    this.characters += chunk ? (token.value as string).length : 1;
    if (this.tooLargeAt === undefined && this.characters > this.options.maxRecordCharacters) {
      // The key whose value was being read, when there is one (`description`, `a.b`).
      const key = this.assembler?.key;
      this.tooLargeAt = this.assembler
        ? pathText(key === null || key === undefined ? this.assembler.path : [...this.assembler.path, key])
        : "";
      this.assembler = undefined;
      this.lexeme = [];
      this.keySets = [];
    }
    if (!this.assembler) return;
    if (chunk) {
      this.lexeme.push(token.value as string);
      return;
    }
    const packed = PACKED[token.name];
    if (packed) {
      const value = this.lexeme.join("");
      this.lexeme = [];
      if (token.name === "endKey") this.noteKey(value);
      this.assembler.consume({ name: packed, value });
    } else if (!token.name.startsWith("start") || token.name === "startObject" || token.name === "startArray") {
      this.assembler.consume(token);
    }
  }

  /** The Web API refuses a property given twice; JSON.parse and the assembler keep the last. */
  private noteKey(key: string): void {
    const keys = this.keySets[this.keySets.length - 1];
    if (!keys) return;
    if (keys.has(key)) this.repeatedKeys.push(pathText([...this.assembler!.path, key]));
    else keys.add(key);
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;

/**
 * How deep arrays and objects are open, across chunks. It only needs to know where strings are
 * (brackets in them are text); in text the verifier accepts that is exact, and a fault the
 * verifier finds first is the break anyway.
 */
class NestingScanner {
  private depth = 0;
  private inString = false;
  private escaped = false;

  /** Where in `text` a bracket opens level MAX_NESTING + 1, if one does. */
  tooDeepAt(text: string): number | undefined {
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (code === BACKSLASH) this.escaped = true;
        else if (code === QUOTE) this.inString = false;
      } else if (code === QUOTE) this.inString = true;
      else if (code === OPEN_BRACKET || code === OPEN_BRACE) {
        this.depth += 1;
        if (this.depth > MAX_NESTING) return i;
      } else if (code === CLOSE_BRACKET || code === CLOSE_BRACE) this.depth -= 1;
    }
    return undefined;
  }
}

/** `a.b[2].c`: keys and array indices from the record's root. */
export const pathText = (path: readonly (string | number)[]): string =>
  path.map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`)).join("");

/** stream-json's "ERROR at 12 (2, 3): Verifier cannot parse input: expected ','" → "expected ','". */
const cleanMessage = (message: string): string =>
  message.replace(/^ERROR at [^:]*: /, "").replace(/^Verifier (cannot parse input: |has )/, "");

function describeCharacter(character: string | undefined): string {
  if (character === undefined) return "the end of the text";
  if (character === "\u0000") return "a NUL byte (binary data, not JSON text)";
  const code = character.codePointAt(0)!;
  if (code < 0x20 || code === 0x7f) return `the control character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return JSON.stringify(character);
}
