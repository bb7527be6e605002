import { DataverseError, toDataverseError } from "../plugins-shim/client";

/**
 * The HTTP layer's side of the one error normaliser. `plugins-shim/client/errors.ts` classifies
 * what `context.webAPI` rejects with (`{ errorCode, message }`) and already honours `status`,
 * `retryAfterSeconds` and the body's hex `code` when a transport supplies them. This file turns
 * what the Node connection meets into exactly those members, and nothing else:
 *
 * - an HTTP error answer: dynamics-web-api rejects with an Error carrying the body's `error`
 *   members (`code` "0x80072322", `message`), `status` and the response `headers`; the
 *   `Retry-After` header (seconds, or an HTTP date — RFC 9110 §10.2.3; Dataverse sends seconds,
 *   "Service protection API limits") becomes `retryAfterSeconds`;
 * - a failed `$batch`: the library rejects with an array of the failed parts, each
 *   `{ error: { code, message }, status, headers }` (its parseBatchResponse): the first is read;
 * - a broken connection (reset, refused, timed out, socket hang up): Node rejects with a system
 *   error (`code` "ECONNRESET"…); it becomes status 0, which errors.ts reads as a network failure
 *   (retryable, and ambiguous for a write: the server may have applied it).
 *
 * The result is a fresh `DataverseRequestError` holding only code, message, status and
 * Retry-After: the library's error (which holds response headers) is never passed on, so nothing
 * of a request — its Authorization header above all — can reach a log through an error.
 */

export class DataverseRequestError extends Error implements DataverseError {
  readonly errorCode: number;
  readonly status?: number;
  readonly retryAfterSeconds?: number;

  constructor(error: DataverseError) {
    super(error.message);
    this.name = "DataverseRequestError";
    this.errorCode = error.errorCode;
    if (error.status !== undefined) this.status = error.status;
    if (error.retryAfterSeconds !== undefined) this.retryAfterSeconds = error.retryAfterSeconds;
  }
}

/** Node's codes for a connection that broke or never opened (node:net / node:dns errors). */
const CONNECTION_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

export function fromHttpFailure(reason: unknown, now: () => number = Date.now): DataverseRequestError {
  if (reason instanceof DataverseRequestError) return reason;
  const failure = Array.isArray(reason) ? reason.find(isObject) : reason;
  const members = isObject(failure) ? liftBody(failure) : {};
  const status = typeof members.status === "number" ? members.status : undefined;
  const broken = status === undefined && (CONNECTION_CODES.has(String(members.code)) || /socket hang up/i.test(String(members.message)));
  const retryAfterSeconds = retryAfterOf(members.headers, now);
  // Only the members errors.ts reads: message, the body's hex code, status, Retry-After.
  const error = toDataverseError({
    message: messageOf(members, status, broken),
    code: typeof members.code === "string" ? members.code : undefined,
    status: broken ? 0 : status,
    retryAfterSeconds,
  });
  return new DataverseRequestError(error);
}

/** A batch part's error keeps the body's `{ error: { code, message } }` wrapper: its members are read as the outer ones. */
function liftBody(members: Record<string, unknown>): Record<string, unknown> {
  const body = members.error;
  if (!isObject(body)) return members;
  return { ...members, code: body.code ?? members.code, message: body.message ?? members.message };
}

function messageOf(members: Record<string, unknown>, status: number | undefined, broken: boolean): string {
  const text = typeof members.message === "string" ? members.message : "";
  if (broken) return `The connection to the org broke before an answer came (${String(members.code ?? text)}).`;
  // A 401 has no body: the library says "Unexpected Error"; say what it means instead.
  if (status === 401)
    return "The org refused the sign-in (HTTP 401): the account has no access to this environment, or the token is for another address.";
  return text || (status !== undefined ? `HTTP ${status}` : "Unknown failure");
}

/** `Retry-After` as seconds: a whole number of seconds, or an HTTP date counted from now. */
export function retryAfterOf(headers: unknown, now: () => number = Date.now): number | undefined {
  if (!isObject(headers)) return undefined;
  const key = Object.keys(headers).find((name) => name.toLowerCase() === "retry-after");
  const value = key === undefined ? undefined : headers[key];
  const text = Array.isArray(value) ? String(value[0]) : typeof value === "string" ? value : undefined;
  if (text === undefined) return undefined;
  if (/^\s*\d+\s*$/.test(text)) return Number(text);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now()) / 1000));
}
