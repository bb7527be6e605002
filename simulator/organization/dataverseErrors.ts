import { DataverseError } from "../../plugins-shim/client/DataverseClient";
import { ErrorCodes } from "../../plugins-shim/client/errorCodes";

/**
 * Codes the in-memory organization needs beyond the shared table in errorCodes.ts (Dataverse's
 * own: the Web API's "Resource not found for the segment", an unknown property, an invalid query).
 * Microsoft's "Troubleshoot Dataverse Web API client errors" (learn.microsoft.com/troubleshoot/
 * power-platform/dataverse/dataverse-web-api-and-sdk/web-api-client-errors) shows
 * ResourceNotFound: `404 {"code": "0x8006088a", "message": "Resource not found for the segment 'Account'."}`;
 * UnknownProperty: `400 {"code": "0x0", "message": "Could not find a property named 'Name' on type
 * 'Microsoft.Dynamics.CRM.account'."}` (no Dataverse code: the OData layer refuses the query).
 */
export const OrganizationErrorCodes = {
  ...ErrorCodes,
  ResourceNotFound: 0x8006088a,
  // Column security refusals of a create and of an update (errorCodes.ts: COLUMN_SECURITY_CODES).
  AttributePrivilegeCreateIsMissing: 0x8004f502,
  AttributePermissionUpdateIsMissingDuringUpdate: 0x8004f507,
  UnknownProperty: 0x0,
  InvalidQuery: 0x80040203,
  /** The same code under the name an argument refusal goes by (the access-team owner refusal). */
  InvalidArgument: 0x80040203,
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
