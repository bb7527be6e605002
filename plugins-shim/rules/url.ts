/**
 * Links are judged the way a browser parses them (WHATWG URL: leading/trailing spaces and
 * control characters are stripped, tabs and newlines vanish anywhere, the scheme is
 * case-insensitive), so " JaVa\tScript:alert(1)" is seen for what it is.
 */

export type UrlVerdict =
  | { ok: true; href: string }
  | { ok: false; code: "format" | "unsafeUrl" };

const SAFE_PROTOCOLS = new Set(["http:", "https:"]);

export function judgeUrl(value: string): UrlVerdict {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, code: "format" };
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return { ok: false, code: "unsafeUrl" };
  if (!url.hostname) return { ok: false, code: "format" };
  return { ok: true, href: url.href };
}

/** The normalized href of an absolute http(s) link, or undefined: the only way a link reaches the DOM. */
export function safeHttpUrl(value: string | null | undefined): string | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const verdict = judgeUrl(value);
  return verdict.ok ? verdict.href : undefined;
}
