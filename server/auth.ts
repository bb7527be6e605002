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
}

/**
 * True when the request carries the key. Both sides are hashed first so that timingSafeEqual
 * compares equal lengths and the time taken says nothing about the key, not even its length.
 */
export function isAuthorized(auth: WebhookAuth, headers: Readonly<Record<string, string | string[] | undefined>>, url: string): boolean {
  let granted = false;
  if (auth.header) {
    const sent = headers[auth.header.name.toLowerCase()];
    if (typeof sent === "string" && sameSecret(sent, auth.header.value)) granted = true;
  }
  if (auth.code !== undefined) {
    const sent = new URL(url, "http://host.invalid").searchParams.getAll("code");
    if (sent.length === 1 && sameSecret(sent[0], auth.code)) granted = true;
  }
  return granted;
}

const digest = (text: string): Buffer => crypto.createHash("sha256").update(text, "utf8").digest();

export const sameSecret = (sent: string, expected: string): boolean => crypto.timingSafeEqual(digest(sent), digest(expected));
