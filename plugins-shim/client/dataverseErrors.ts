import { DataverseError } from "./DataverseClient";
import { ErrorCodes } from "./errorCodes";

/**
 * Codes the in-memory organization needs beyond the shared table in errorCodes.ts (both are
 * Dataverse's own: the Web API's "Resource not found for the segment" and an invalid query).
 */
export const OrganizationErrorCodes = {
  ...ErrorCodes,
  ResourceNotFound: 0x80060888,
  InvalidQuery: 0x80040203,
} as const;

/**
 * A rejection shaped like `context.webAPI`'s `{ errorCode, message }` (plus the HTTP status), and
 * an `Error` too, so that whatever prints it (a CLI, a log) prints the message, never
 * "[object Object]".
 */
export class OrganizationError extends Error implements DataverseError {
  readonly errorCode: number;
  readonly status?: number;

  constructor(errorCode: number, message: string, status?: number) {
    super(message);
    this.name = "OrganizationError";
    this.errorCode = errorCode;
    if (status !== undefined) this.status = status;
  }
}

export function dataverseError(errorCode: number, message: string, status?: number): OrganizationError {
  return new OrganizationError(errorCode, message, status);
}
