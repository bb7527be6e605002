/**
 * A post's URL is stored as the feed sent it (spaces around it dropped): rewriting it (percent-
 * encoding `é` as `%C3%A9`) would make a 46-character link too long for the 200-character column.
 * Only the lookup KEY is normalised, so that one post never makes two activities:
 *
 * - scheme and host: lower case (the URL parser's), no default port, no trailing dot on the host
 *   (`x.com.` is the fully qualified `x.com`);
 * - path: trailing slashes dropped;
 * - percent-encoding: `é`, `%c3%a9` and `%C3%A9` are one; so are `{`, `|`, `'`, spaces and the other
 *   characters a URL may carry either way. Escapes of delimiters (`%2F`, `%3F`, `%26`…) and of
 *   letters, digits and `-._~` stay escapes (hex in upper case): they may mean something else
 *   than the character, and keeping letters and digits as written is what lets the lookup ask
 *   Dataverse for a part of the URL that every spelling of it contains (postUrlSearchText);
 * - path, query and fragment keep their case: post ids are case-sensitive on some networks
 *   (YouTube's v=dQw4w9WgXcQ, Instagram's /p/CaSe/), so two ids differing in case are two posts.
 */

/** What is stored: the URL as given, trimmed. */
export const storedPostUrl = (value: string): string => value.trim();

/** Characters decoded from their escapes (and so the same as written raw) in the key. */
const SAME_RAW_OR_ESCAPED = new Set([..." \"'<>[\\]^`{|}"]);

/** The lookup key of a post URL, or undefined when it is no URL. */
export function postUrlKey(value: string): string | undefined {
  const parts = keyParts(value);
  return parts && `${parts.origin}${parts.rest}`;
}

/** The key in two parts: scheme, host and port; then path, query and fragment. */
function keyParts(value: string): { origin: string; rest: string } | undefined {
  let url: URL;
  try {
    url = new URL(value.trim()); // lowercases scheme and host, drops a default port, escapes raw é, {, spaces…
  } catch {
    return undefined;
  }
  const host = url.hostname.endsWith(".") ? url.hostname.slice(0, -1) : url.hostname;
  const port = url.port ? `:${url.port}` : "";
  let end = url.pathname.length;
  while (end > 0 && url.pathname[end - 1] === "/") end -= 1;
  return { origin: `${url.protocol}//${host}${port}`, rest: canonicalEscapes(`${url.pathname.slice(0, end)}${url.search}${url.hash}`) };
}

/** The same post: compared by key, exactly (Dataverse's case-insensitive search can't tell case-variant ids apart). */
export const samePostUrl = (stored: unknown, key: string): boolean => typeof stored === "string" && postUrlKey(stored) === key;

/**
 * A part of the URL that every spelling with the same key contains, for Dataverse to search for
 * (`contains(posturl, …)`, case-insensitive): the longest run of letters, digits, `.`, `~` and `-`
 * after the host — characters the key never decodes or escapes, which no `/` separates. (`_` is
 * left out: it is a wildcard in Dataverse's text search.) Undefined when there is none.
 */
export function postUrlSearchText(value: string): string | undefined {
  let best = "";
  for (const run of (keyParts(value)?.rest ?? "").split(/[^A-Za-z0-9.~-]+/)) if (run.length > best.length) best = run;
  return best || undefined;
}

const decoder = new TextDecoder("utf-8", { fatal: true });
const hex = (byte: number): string => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;

/**
 * Escapes in one canonical form: each UTF-8 sequence of escapes becomes its character when that
 * character is not ASCII or is one of SAME_RAW_OR_ESCAPED; every other escape (and bytes that are
 * no UTF-8) stays an escape in upper-case hex. The text comes from the URL parser: ASCII only.
 */
function canonicalEscapes(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] !== "%" || !isHexPair(text, i + 1)) {
      out += text[i];
      i += 1;
      continue;
    }
    const first = parseInt(text.slice(i + 1, i + 3), 16);
    const length = first < 0x80 ? 1 : first >= 0xc2 && first <= 0xf4 ? (first < 0xe0 ? 2 : first < 0xf0 ? 3 : 4) : 0;
    const bytes = [first];
    for (let k = 1; k < length && text[i + 3 * k] === "%" && isHexPair(text, i + 3 * k + 1); k += 1)
      bytes.push(parseInt(text.slice(i + 3 * k + 1, i + 3 * k + 3), 16));
    const character = bytes.length === length ? decodeOrUndefined(bytes) : undefined;
    if (character !== undefined && (first >= 0x80 || SAME_RAW_OR_ESCAPED.has(character))) {
      out += character;
      i += 3 * length;
    } else {
      out += hex(first);
      i += 3;
    }
  }
  return out;
}

function isHexPair(text: string, at: number): boolean {
  return /^[0-9A-Fa-f]{2}$/.test(text.slice(at, at + 2));
}

function decodeOrUndefined(bytes: number[]): string | undefined {
  try {
    return decoder.decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}
