/**
 * Links are judged the way a browser parses them (WHATWG URL: leading/trailing spaces and
 * control characters are stripped, tabs and newlines vanish anywhere, the scheme is
 * case-insensitive), so " JaVa\tScript:alert(1)" is seen for what it is. A safe scheme is not
 * enough to be stored: what a browser would silently fix or hide is refused, so the stored text
 * is the link a person sees.
 */

export type UrlVerdict = { ok: true; href: string } | { ok: false; code: "format" | "unsafeUrl"; messageKey?: string };

const SAFE_PROTOCOLS = new Set(["http:", "https:"]);

/** Explicit bidi embeddings, overrides and isolates (and the marks): they reorder what a reader sees. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** Characters a browser drops silently: tabs and line breaks anywhere. */
const DROPPED = /[\t\n\r]/;

const PLAIN_LINK = "validation.format.url";

export function judgeUrl(value: string): UrlVerdict {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, code: "format" };
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return { ok: false, code: "unsafeUrl" };
  if (!url.hostname) return { ok: false, code: "format" };
  // https://www.twitter.com@evil.example/ goes to evil.example: credentials hide the real host.
  if (url.username || url.password) return { ok: false, code: "format", messageKey: PLAIN_LINK };
  if (value !== value.trim() || DROPPED.test(value) || BIDI_CONTROLS.test(value)) {
    return { ok: false, code: "format", messageKey: PLAIN_LINK };
  }
  return { ok: true, href: url.href };
}

/**
 * The normalized href of an absolute http(s) link, or undefined: the only way a link reaches the
 * DOM. Stored data may carry spaces around a link (saved before the rule above): those are trimmed.
 */
export function safeHttpUrl(value: string | null | undefined): string | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const verdict = judgeUrl(value.trim());
  return verdict.ok ? verdict.href : undefined;
}
