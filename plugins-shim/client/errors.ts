import { DataverseError } from "./DataverseClient";
import { COLUMN_SECURITY_CODES, DUPLICATE_CODES, ErrorCodes, normalizeErrorCode, SERVICE_PROTECTION_CODES } from "./errorCodes";

/**
 * Turns whatever a Web API call rejected with into a `DataverseError`, then into a plain-words
 * message key. Host-free: the controls, the pipeline and the CLI share it.
 *
 * `context.webAPI` rejects with `{ errorCode, message }` only (PCF WebAPI reference, @types/xrm
 * `ErrorResponse`): no HTTP status, no headers. So the kind comes from the code (normalized with
 * `>>> 0`: some hosts hand back the signed form) and, where no code came back, from the message.
 * `status` and `retryAfterSeconds` are honoured when another transport supplies them, and the
 * Web API body's string `code` ("0x80040216") is read only when `errorCode` is missing. The
 * platform's own shapes, each with its source, are fixtures in simulator/pcfHost/platformErrors.ts.
 */

// Bounded: `\w*` before a literal backtracks quadratically on a long message (a business rule's).
const COLUMN_SECURITY_NAMES = /Attribute(?:Privilege|Permission)\w{0,60}IsMissing/;

export type ErrorKind =
  | "duplicate"
  | "privilege"
  | "columnSecurity"
  | "tooLong"
  | "businessRule"
  | "throttled"
  | "network"
  | "server"
  | "sql"
  | "offline"
  | "noDataverse"
  | "cancelled"
  | "unknown";

export interface ClassifiedError {
  kind: ErrorKind;
  /** Localized text lives in .resx under this key (`error.<kind>`). */
  messageKey: string;
  /** For support: "0x80040237", or what is known when no Dataverse code came back. */
  supportCode: string;
  /** Safe to send the same request again after a pause (throttling, 5xx, network). */
  retryable: boolean;
  /**
   * Not a definitive refusal: a write failing this way may have been saved (lost answer,
   * unexpected server error, unknown failure). Check before creating again.
   */
  ambiguous: boolean;
  /** The server's own words, shown where Dataverse writes them for users (business rules) or where nothing better is known. */
  serverMessage?: string;
  retryAfterSeconds?: number;
}

/**
 * Thrown by retry loops and waits when the user cancels; never shown as a failure.
 * `mayHaveBeenApplied`: an attempt before the cancel failed without a definitive answer (a lost
 * response, a 5xx), so the write may have reached Dataverse: the caller re-reads and says so
 * instead of claiming nothing happened.
 */
export class CancelledError extends Error {
  constructor(readonly mayHaveBeenApplied = false) {
    super("Cancelled");
    this.name = "CancelledError";
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

const NETWORK_WORDS = /network|failed to fetch|load failed/i;
const OFFLINE_WORDS = /offline/i;
/** pcf-start's harness: "Your control is trying to … This is not yet supported." */
const NO_DATAVERSE_WORDS = /not (yet )?supported/i;
/** Reason phrases of a gateway or an overloaded front end, when no Dataverse code came back. */
const GATEWAY_WORDS = /bad gateway|gateway time-?out|service unavailable|timed? ?out/i;

/**
 * fetch rejects with a TypeError when the connection drops ("Failed to fetch", "NetworkError when
 * attempting to fetch resource.", "Load failed"): only those words make a TypeError a network
 * failure. Any other TypeError is a fault in code, which no retry mends.
 */
const isFetchNetworkFailure = (name: unknown, message: string): boolean =>
  name === "NetworkError" || (name === "TypeError" && NETWORK_WORDS.test(message));

/** A rejection without a message as text; `String()` throws on some objects (`{toString: null}`). */
function textOf(reason: unknown): string {
  try {
    return String(reason);
  } catch {
    return Object.prototype.toString.call(reason);
  }
}

/** The members of a rejection the normalizer reads, each read once; a getter that throws reads as absent. */
function membersOf(reason: unknown): Record<string, unknown> {
  const members: Record<string, unknown> = {};
  if (!isObject(reason)) return members;
  for (const key of ["message", "errorCode", "code", "status", "retryAfterSeconds", "name"]) {
    try {
      members[key] = reason[key];
    } catch {
      // Absent: the rest of the rejection still classifies.
    }
  }
  return members;
}

/** The Web API body's `code` ("0x80040216"), an undocumented extra: used only when present. */
function codeExtra(reason: Record<string, unknown>): number | undefined {
  const code = reason.code;
  if (typeof code !== "string" || !/^0x[0-9a-f]{1,8}$/i.test(code)) return undefined;
  return normalizeErrorCode(Number.parseInt(code, 16));
}

/**
 * Normalizes a rejection of `context.webAPI` (or of any DataverseClient) into a `DataverseError`.
 * Never throws, whatever was rejected with (a string, null, an object whose toString is null).
 */
export function toDataverseError(reason: unknown): DataverseError {
  const members = membersOf(reason);
  const message = typeof members.message === "string" ? members.message : textOf(reason);
  const errorCode =
    typeof members.errorCode === "number" && members.errorCode !== 0 ? normalizeErrorCode(members.errorCode) : (codeExtra(members) ?? 0);
  const error: DataverseError = { errorCode, message };
  if (typeof members.status === "number") error.status = members.status;
  else if (errorCode === 0 && isFetchNetworkFailure(members.name, message)) error.status = 0;
  if (typeof members.retryAfterSeconds === "number" && Number.isFinite(members.retryAfterSeconds)) {
    error.retryAfterSeconds = Math.max(0, members.retryAfterSeconds);
  }
  return error;
}

export const isDataverseError = (value: unknown): value is DataverseError =>
  isObject(value) && typeof value.errorCode === "number" && typeof value.message === "string";

export const formatErrorCode = (code: number): string => `0x${normalizeErrorCode(code).toString(16).toUpperCase().padStart(8, "0")}`;

/** Kinds where the server certainly refused, or never ran the request: nothing was saved. */
const DEFINITIVE: ReadonlySet<ErrorKind> = new Set<ErrorKind>([
  "duplicate",
  "privilege",
  "columnSecurity",
  "tooLong",
  "businessRule",
  "throttled",
  "cancelled",
]);
const RETRYABLE: ReadonlySet<ErrorKind> = new Set<ErrorKind>(["throttled", "network", "server"]);

function kindOf(error: DataverseError): ErrorKind {
  const code = normalizeErrorCode(error.errorCode);
  if (SERVICE_PROTECTION_CODES.has(code) || error.status === 429) return "throttled";
  if (DUPLICATE_CODES.has(code)) return "duplicate";
  if (COLUMN_SECURITY_CODES.has(code) || COLUMN_SECURITY_NAMES.test(error.message)) return "columnSecurity";
  if (code === ErrorCodes.PrivilegeDenied || code === ErrorCodes.AccessCheckFailed || error.status === 403) return "privilege";
  if (code === ErrorCodes.ValueTooLong) return "tooLong";
  if (code === ErrorCodes.BusinessRule) return "businessRule";
  if (code === ErrorCodes.GenericSqlError) return "sql";
  if (code === ErrorCodes.Unexpected || code === ErrorCodes.SqlTimeout) return "server";
  if (error.status !== undefined && error.status >= 500) return "server";
  if (code !== 0) return "unknown";
  // A client error the server answered (400 "Could not find a property named …" carries code 0x0):
  // its words name the request, not the connection, so they are not read for a network fault.
  if (error.status !== undefined && error.status >= 400 && error.status < 500) return "unknown";
  // No Dataverse code came back: the message is all there is.
  if (OFFLINE_WORDS.test(error.message)) return "offline";
  if (error.status === 0 || NETWORK_WORDS.test(error.message)) return "network";
  if (GATEWAY_WORDS.test(error.message)) return "server";
  if (NO_DATAVERSE_WORDS.test(error.message)) return "noDataverse";
  return "unknown";
}

function supportCodeOf(error: DataverseError, kind: ErrorKind): string {
  if (error.errorCode) return formatErrorCode(error.errorCode);
  if (error.status !== undefined) return error.status === 0 ? "network" : `HTTP ${error.status}`;
  if (kind === "noDataverse") return "no-dataverse";
  // No code came back: name what is known, so "unknown" is never all support hears.
  return kind === "unknown" ? "no-code" : kind;
}

/** What went wrong, in words an admin can act on, always with a code for support. */
export function classifyError(reason: unknown): ClassifiedError {
  if (reason instanceof CancelledError) {
    return { kind: "cancelled", messageKey: "error.cancelled", supportCode: "cancelled", retryable: false, ambiguous: false };
  }
  const error = toDataverseError(reason);
  const kind = kindOf(error);
  const classified: ClassifiedError = {
    kind,
    messageKey: `error.${kind}`,
    supportCode: supportCodeOf(error, kind),
    retryable: RETRYABLE.has(kind),
    ambiguous: !DEFINITIVE.has(kind),
  };
  // The server's words: written for users on business rules; the only clue on an unknown failure.
  if ((kind === "businessRule" || kind === "unknown") && error.message) classified.serverMessage = error.message;
  if (error.retryAfterSeconds !== undefined) classified.retryAfterSeconds = error.retryAfterSeconds;
  return classified;
}
