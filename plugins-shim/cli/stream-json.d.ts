/**
 * stream-json 3 resolves its subpaths through package "exports", which this project's
 * `moduleResolution: node` can't see: these are the entries the JSON record reader uses.
 */

/**
 * The synchronous cores the JSON record reader (jsonRecords.ts) drives itself, so that no token
 * of a chunk is held in a stream's buffer when the text breaks. Each takes text and returns its
 * tokens (`{ values }`, or the `none` symbol for none); `none` itself ends the input.
 */
declare module "stream-json/core/parser.js" {
  export interface Token {
    name: string;
    value?: string | boolean | null;
  }
  export function jsonParser(options?: {
    packKeys?: boolean;
    packStrings?: boolean;
    packNumbers?: boolean;
    jsonStreaming?: boolean;
  }): (text: string | symbol) => { values: Token[] } | symbol;
}
declare module "stream-json/core/utils/verifier.js" {
  /** Throws an Error with `offset` (characters from the start), `line` and `pos` at the first fault. */
  export function jsonVerifier(options?: { jsonStreaming?: boolean }): (text: string | symbol) => symbol;
}
declare module "stream-json/core/assembler.js" {
  export class Assembler {
    current: unknown;
    /** The key whose value comes next in the current object. */
    key: string | null;
    done: boolean;
    readonly path: (string | number)[];
    consume(token: { name: string; value?: unknown }): this;
  }
  export default Assembler;
}
declare module "stream-chain/defs.js" {
  export const none: unique symbol;
}
