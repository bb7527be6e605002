import { DataverseError } from "./DataverseClient";
import { ErrorCodes } from "./errorCodes";

/**
 * Codes the in-memory organization needs beyond the shared table in errorCodes.ts (both are
 * Dataverse's own: ObjectDoesNotExist, and the Web API's "Resource not found for the segment").
 */
export const OrganizationErrorCodes = {
  ...ErrorCodes,
  ObjectDoesNotExist: 0x80040217,
  ResourceNotFound: 0x80060888,
  InvalidQuery: 0x80040203,
} as const;

/** A rejection shaped like `context.webAPI`'s: `{ errorCode, message }` (plus the HTTP status). */
export function dataverseError(errorCode: number, message: string, status?: number): DataverseError {
  return status === undefined ? { errorCode, message } : { errorCode, message, status };
}
