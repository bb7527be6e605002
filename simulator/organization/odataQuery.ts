/**
 * The small OData subset the in-memory organization understands, parsed from the query string a
 * caller passes to `retrieveRecord` / `retrieveMultipleRecords`: `$select`, `$top`, `$skiptoken`
 * (an offset, as this organization writes its own nextLink) and `$filter` with `eq`, `ne`, `and`,
 * `contains(column,'text')` (a standard query function of the Web API, "Query data using the Web
 * API"), parentheses, string / number / boolean / GUID literals and `null`. Anything else is
 * refused, never guessed.
 */

import { normalizeGuid } from "../../plugins-shim/rules/guid";
import { isODataGuid, Literal } from "../../plugins-shim/client/odata";

export type { Literal };

export type FilterNode =
  | { kind: "compare"; column: string; operator: "eq" | "ne"; value: Literal }
  | { kind: "contains"; column: string; value: string }
  | { kind: "and"; left: FilterNode; right: FilterNode };

export interface ODataQuery {
  select?: string[];
  filter?: FilterNode;
  top?: number;
  skip?: number;
}

export class ODataQueryError extends Error {}

export function parseODataQuery(options: string | undefined): ODataQuery {
  const query: ODataQuery = {};
  if (!options) return query;
  const text = options.startsWith("?") ? options.slice(1) : options;
  for (const part of text.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    if (eq < 0) throw new ODataQueryError(`Malformed query option: ${part}`);
    const name = part.slice(0, eq);
    const value = decodeOption(part.slice(eq + 1));
    switch (name) {
      case "$select":
        query.select = value
          .split(",")
          .map((column) => column.trim())
          .filter(Boolean);
        break;
      case "$filter":
        query.filter = parseFilter(value);
        break;
      case "$top":
      case "$skiptoken": {
        const count = Number(value);
        if (!Number.isInteger(count) || count < 0) throw new ODataQueryError(`${name} must be a whole number`);
        if (name === "$top") query.top = count;
        else query.skip = count;
        break;
      }
      default:
        throw new ODataQueryError(`Query option not supported: ${name}`);
    }
  }
  return query;
}

/** Callers may or may not percent-encode option values (context.webAPI accepts both). */
function decodeOption(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Web API string comparisons are case-insensitive (the database collation). */
export function matchesFilter(record: Readonly<Record<string, unknown>>, node: FilterNode): boolean {
  if (node.kind === "and") return matchesFilter(record, node.left) && matchesFilter(record, node.right);
  const actual = record[node.column] ?? null;
  // Text compares without letter case in Dataverse, in contains as in eq.
  if (node.kind === "contains") return typeof actual === "string" && actual.toLowerCase().includes(node.value.toLowerCase());
  const equal = literalEquals(actual, node.value);
  return node.operator === "eq" ? equal : !equal;
}

/**
 * Text equality without letter case, accents kept. One collator for every comparison: with options,
 * `localeCompare` builds a new Intl.Collator on each call (ECMA-402, String.prototype.localeCompare),
 * which made a filtered scan of 10,000 rows the intake kill test's main cost; the result is the same.
 */
const accentSensitive = new Intl.Collator(undefined, { sensitivity: "accent" });

function literalEquals(actual: unknown, expected: Literal): boolean {
  if (expected === null || actual === null) return actual === expected;
  if (typeof actual === "string" && typeof expected === "string") {
    return accentSensitive.compare(actual, expected) === 0;
  }
  return actual === expected;
}

type Token = { type: "word" | "string" | "open" | "close" | "comma"; text: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === " ") {
      i += 1;
    } else if (ch === "(" || ch === ")" || ch === ",") {
      tokens.push({ type: ch === "(" ? "open" : ch === ")" ? "close" : "comma", text: ch });
      i += 1;
    } else if (ch === "'") {
      let value = "";
      i += 1;
      for (;;) {
        if (i >= text.length) throw new ODataQueryError("Unterminated string literal in $filter");
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        value += text[i];
        i += 1;
      }
      tokens.push({ type: "string", text: value });
    } else {
      const start = i;
      while (i < text.length && !" ()',".includes(text[i])) i += 1;
      tokens.push({ type: "word", text: text.slice(start, i) });
    }
  }
  return tokens;
}

function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let position = 0;
  const next = (): Token | undefined => tokens[position++];

  const parseAnd = (): FilterNode => {
    let node = parseTerm();
    while (tokens[position]?.type === "word" && tokens[position].text === "and") {
      position += 1;
      node = { kind: "and", left: node, right: parseTerm() };
    }
    return node;
  };
  const parseTerm = (): FilterNode => {
    const first = next();
    if (first?.type === "open") {
      const inner = parseAnd();
      if (next()?.type !== "close") throw new ODataQueryError("Missing ) in $filter");
      return inner;
    }
    if (first?.type === "word" && first.text === "contains" && tokens[position]?.type === "open") return parseContains();
    const operator = next();
    const literal = next();
    if (first?.type !== "word" || operator?.type !== "word" || !literal) {
      throw new ODataQueryError(`Cannot read $filter: ${text}`);
    }
    if (operator.text !== "eq" && operator.text !== "ne") {
      throw new ODataQueryError(`Filter operator not supported: ${operator.text}`);
    }
    return { kind: "compare", column: first.text, operator: operator.text, value: parseLiteral(literal) };
  };

  const parseContains = (): FilterNode => {
    const [open, column, comma, value, close] = [next(), next(), next(), next(), next()];
    if (
      open?.type !== "open" ||
      column?.type !== "word" ||
      comma?.type !== "comma" ||
      value?.type !== "string" ||
      close?.type !== "close"
    ) {
      throw new ODataQueryError(`Cannot read $filter: ${text}`);
    }
    return { kind: "contains", column: column.text, value: value.text };
  };

  const tree = parseAnd();
  if (position !== tokens.length) throw new ODataQueryError(`Cannot read $filter: ${text}`);
  return tree;
}

function parseLiteral(token: Token): Literal {
  if (token.type === "string") return token.text;
  if (token.type !== "word") throw new ODataQueryError("Expected a value in $filter");
  if (token.text === "null") return null;
  if (token.text === "true" || token.text === "false") return token.text === "true";
  if (isODataGuid(token.text)) return normalizeGuid(token.text);
  const number = Number(token.text);
  if (token.text !== "" && Number.isFinite(number)) return number;
  throw new ODataQueryError(`Not a value: ${token.text}`);
}
