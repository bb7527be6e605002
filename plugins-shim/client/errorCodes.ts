/** Dataverse error codes (docs/platform-facts.md#the-pcf-web-api-contextwebapi), as unsigned 32-bit numbers. */
export const ErrorCodes = {
  DuplicateRecord: 0x80040237,
  DuplicateAlternateKey: 0x80060892,
  DuplicateDetectionRule: 0x80040333,
  PrivilegeDenied: 0x80040220,
  ValueTooLong: 0x80044331,
  BusinessRule: 0x80040265,
  ServiceProtectionRequests: 0x80072322,
  ServiceProtectionExecutionTime: 0x80072321,
  ServiceProtectionConcurrency: 0x80072326,
  /** "An unexpected error occurred." The server may or may not have done the work. */
  Unexpected: 0x80040216,
  /** "Generic SQL error." (often a deadlock, SQL 1205): not worth an automatic retry by itself. */
  GenericSqlError: 0x80044150,
  /** "SQL timeout expired.": transient. */
  SqlTimeout: 0x80044151,
  /** Access check failed after the privilege check passed (e.g. no CreateAccess on the record). */
  AccessCheckFailed: 0x80048306,
  /** "… Does Not Exist": the record (or the owner it names) is gone. */
  ObjectDoesNotExist: 0x80040217,
} as const;

/**
 * Column security (field-level security) refusals: the user lacks a column security profile (Web
 * service error codes, MicrosoftDocs/powerapps-docs includes/data-service-error-codes.md; HTTP 403
 * per "Compose HTTP requests and handle errors"). Plain numbers: names would ship in every bundle.
 */
export const COLUMN_SECURITY_CODES: ReadonlySet<number> = new Set([
  0x8004f502, // AttributePrivilegeCreateIsMissing
  0x8004f503, // AttributePermissionUpdateIsMissingDuringShare
  0x8004f507, // AttributePermissionUpdateIsMissingDuringUpdate
]);

/** `context.webAPI` documents codes as positive decimals; some hosts hand back the signed form. */
export const normalizeErrorCode = (code: number): number => code >>> 0;

export const DUPLICATE_CODES: ReadonlySet<number> = new Set([
  ErrorCodes.DuplicateRecord,
  ErrorCodes.DuplicateAlternateKey,
  ErrorCodes.DuplicateDetectionRule,
]);

export const SERVICE_PROTECTION_CODES: ReadonlySet<number> = new Set([
  ErrorCodes.ServiceProtectionRequests,
  ErrorCodes.ServiceProtectionExecutionTime,
  ErrorCodes.ServiceProtectionConcurrency,
]);
