import { DataverseError } from "./DataverseClient";
import { DUPLICATE_CODES, ErrorCodes, normalizeErrorCode, SERVICE_PROTECTION_CODES } from "./errorCodes";

/**
 * Turns whatever a Web API call rejected with into a `DataverseError`, then into a plain-words
 * message key. Host-free: the controls, the pipeline and the CLI share it. A `status` of 0 means
 * no response arrived (the browser's convention for network failures).
 */

/** Column security (field-level security) refusals: the user lacks a column security profile. */
export const ColumnSecurityCodes = {
  AttributePrivilegeCreateIsMissing: 0x8004f502,
  AttributePermissionUpdateIsMissingDuringShare: 0x8004f503,
  AttributePermissionUpdateIsMissingDuringUpdate: 0x8004f507,
} as const;

const COLUMN_SECURITY_CODES: ReadonlySet<number> = new Set(Object.values(ColumnSecurityCodes));
const COLUMN_SECURITY_NAMES = /Attribute(Privilege|Permission)\w*IsMissing/;

export type ErrorKind =
  | "duplicate"
  | "privilege"
  | "columnSecurity"
  | "tooLong"
  | "businessRule"
  | "throttled"
  | "network"
  | "server"
  | "cancelled"
  | "unknown";

export interface ClassifiedError {
  kind: ErrorKind;
  /** Localized text lives in .resx under this key (`error.<kind>`). */
  messageKey: string;
  /** For support: "0x80040237", or the HTTP status when no Dataverse code came back. */
  supportCode: string;
  /** Safe to send the same request again after a pause (throttling, 5xx, network). */
  retryable: boolean;
  /** The request may have reached the server: check before creating again. */
  ambiguous: boolean;
  /** The server's own words, shown only where Dataverse writes them for users (business rules). */
  serverMessage?: string;
  retryAfterSeconds?: number;
}

/** Thrown by retry loops and waits when the user cancels; never shown as a failure. */
export class CancelledError extends Error {
  constructor() {
    super("Cancelled");
    this.name = "CancelledError";
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

function looksLikeNetworkFailure(reason: unknown): boolean {
  if (!isObject(reason)) return false;
  const name = typeof reason.name === "string" ? reason.name : "";
  const message = typeof reason.message === "string" ? reason.message : "";
  return name === "TypeError" || name === "NetworkError" || /network|failed to fetch|load failed|offline/i.test(message);
}

/** Normalizes a rejection of `context.webAPI` (or of any DataverseClient) into a `DataverseError`. */
export function toDataverseError(reason: unknown): DataverseError {
  if (isObject(reason) && typeof reason.errorCode === "number") {
    const error: DataverseError = {
      errorCode: normalizeErrorCode(reason.errorCode),
      message: typeof reason.message === "string" ? reason.message : "",
    };
    if (typeof reason.status === "number") error.status = reason.status;
    if (typeof reason.retryAfterSeconds === "number" && Number.isFinite(reason.retryAfterSeconds)) {
      error.retryAfterSeconds = Math.max(0, reason.retryAfterSeconds);
    }
    return error;
  }
  const message = isObject(reason) && typeof reason.message === "string" ? reason.message : String(reason);
  return looksLikeNetworkFailure(reason) ? { errorCode: 0, message, status: 0 } : { errorCode: 0, message };
}

export const isDataverseError = (value: unknown): value is DataverseError =>
  isObject(value) && typeof value.errorCode === "number" && typeof value.message === "string";

export const formatErrorCode = (code: number): string => `0x${normalizeErrorCode(code).toString(16).toUpperCase().padStart(8, "0")}`;

function supportCodeOf(error: DataverseError): string {
  if (error.errorCode) return formatErrorCode(error.errorCode);
  if (error.status === 0) return "network";
  return error.status !== undefined ? `HTTP ${error.status}` : "unknown";
}

function kindOf(error: DataverseError): ErrorKind {
  const code = normalizeErrorCode(error.errorCode);
  if (SERVICE_PROTECTION_CODES.has(code) || error.status === 429) return "throttled";
  if (DUPLICATE_CODES.has(code)) return "duplicate";
  if (COLUMN_SECURITY_CODES.has(code) || COLUMN_SECURITY_NAMES.test(error.message)) return "columnSecurity";
  if (code === ErrorCodes.PrivilegeDenied || error.status === 403) return "privilege";
  if (code === ErrorCodes.ValueTooLong) return "tooLong";
  if (code === ErrorCodes.BusinessRule) return "businessRule";
  if (error.status === 0) return "network";
  if (error.status !== undefined && error.status >= 500) return "server";
  return "unknown";
}

/** What went wrong, in words an admin can act on, always with a code for support. */
export function classifyError(reason: unknown): ClassifiedError {
  if (reason instanceof CancelledError) {
    return { kind: "cancelled", messageKey: "error.cancelled", supportCode: "cancelled", retryable: false, ambiguous: false };
  }
  const error = isDataverseError(reason) ? reason : toDataverseError(reason);
  const kind = kindOf(error);
  const classified: ClassifiedError = {
    kind,
    messageKey: `error.${kind}`,
    supportCode: supportCodeOf(error),
    retryable: kind === "throttled" || kind === "network" || kind === "server",
    // Throttled requests were refused before running; a lost response or a 5xx may hide a success.
    ambiguous: kind === "network" || kind === "server",
  };
  if (kind === "businessRule" && error.message) classified.serverMessage = error.message;
  if (error.retryAfterSeconds !== undefined) classified.retryAfterSeconds = error.retryAfterSeconds;
  return classified;
}
