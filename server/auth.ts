import crypto from "node:crypto";

/**
 * Authentication as Dataverse registers a webhook ("Register a webhook", Authentication options):
 * HttpHeader sends key/value pairs as request headers; WebhookKey sends `?code=<value>` (the
 * Azure Functions convention). The endpoint must refuse what doesn't match. HttpQueryString (any
 * query keys) is not offered: keys in URLs end up in proxies' logs.
 */
export interface WebhookAuth {
  /** The HttpHeader pair: a header name (any case) and its value. */
  header?: { name: string; value: string };
  /** The WebhookKey value, sent as `?code=`. */
  code?: string;
  /**
   * The key being rotated out (WEBHOOK_KEY_PREVIOUS), accepted wherever the current one is, so
   * the hosts can take the new key before Dataverse sends it and a rotation needs no outage.
   */
  previous?: string;
}

/**
 * True when the request carries the key. Both sides are hashed first so that timingSafeEqual
 * compares equal lengths and the time taken says nothing about the key, not even its length.
 */
export function isAuthorized(auth: WebhookAuth, headers: Readonly<Record<string, string | string[] | undefined>>, url: string): boolean {
  let granted = false;
  if (auth.header) {
    const sent = headers[auth.header.name.toLowerCase()];
    if (typeof sent === "string" && isKey(sent, auth.header.value, auth.previous)) granted = true;
  }
  if (auth.code !== undefined) {
    const sent = new URL(url, "http://host.invalid").searchParams.getAll("code");
    if (sent.length === 1 && isKey(sent[0], auth.code, auth.previous)) granted = true;
  }
  return granted;
}

/** The current key or the previous one; both are compared every time, so the time says not which matched. */
function isKey(sent: string, current: string, previous: string | undefined): boolean {
  const isCurrent = sameSecret(sent, current);
  const isPrevious = previous !== undefined && sameSecret(sent, previous);
  return isCurrent || isPrevious;
}

const digest = (text: string): Buffer => crypto.createHash("sha256").update(text, "utf8").digest();

export const sameSecret = (sent: string, expected: string): boolean => crypto.timingSafeEqual(digest(sent), digest(expected));
