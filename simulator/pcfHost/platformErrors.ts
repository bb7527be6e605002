/**
 * What `context.webAPI` rejects with, one fixture per case, each with where its shape comes from.
 * The fault fake (faultyDataverseClient.ts) rejects with exactly these values, and the wizard's
 * component tests replay every one of them.
 *
 * The documented shape is `{ errorCode: number, message: string }`:
 * - PCF WebAPI reference (learn.microsoft.com/power-apps/developer/component-framework/reference/webapi/createrecord):
 *   "errorCallback … an object with errorCode and message".
 * - @types/xrm `Xrm.ErrorResponse { errorCode: number; message: string }`.
 * - Codes are documented as unsigned hex (Web service error codes, learn.microsoft.com
 *   power-apps/developer/data-platform/reference/web-service-error-codes); the troubleshooting
 *   articles print the signed decimal (-2147220960), so both forms are fixtures here.
 * No HTTP status and no Retry-After header reach the control (docs/platform-facts.md#the-pcf-web-api-contextwebapi).
 */

export interface PlatformErrorFixture {
  /** What it is, in a few words. */
  name: string;
  /** Where the shape and text come from. */
  source: string;
  /** Exactly what the promise rejects with. */
  error: unknown;
  /** What the wizard must do with it. */
  expect: {
    kind: string;
    /** Retried automatically (with a bound). */
    retried: boolean;
    /** A create failing this way may have saved the record: look before creating again. */
    ambiguous: boolean;
  };
}

const errorResponse = (errorCode: number, message: string) => ({ errorCode, message });

/** An Error object with another name, as thrown by the model-driven app's client (UciError). */
function namedError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

export const HARNESS_RETRIEVE_MESSAGE = "Your control is trying to retrieve a record. This is not yet supported.";
export const HARNESS_CREATE_MESSAGE = "Your control is trying to create a record. This is not yet supported.";

export const PLATFORM_ERRORS: readonly PlatformErrorFixture[] = [
  {
    name: "service protection: number of requests",
    source:
      "Service protection API limits (learn.microsoft.com/power-apps/developer/data-platform/api-limits): 0x80072322, text quoted there; context.webAPI hides the Retry-After header",
    error: errorResponse(0x80072322, "Number of requests exceeded the limit of 6000 over time window of 300 seconds."),
    expect: { kind: "throttled", retried: true, ambiguous: false },
  },
  {
    name: "service protection: execution time",
    source: "Service protection API limits: 0x80072321, text quoted there in full",
    error: errorResponse(
      0x80072321,
      "Combined execution time of incoming requests exceeded limit of 1,200,000 milliseconds over time window of 300 seconds. Decrease number of concurrent requests or reduce the duration of requests and try again later.",
    ),
    expect: { kind: "throttled", retried: true, ambiguous: false },
  },
  {
    name: "service protection: concurrency",
    source: "Service protection API limits: 0x80072326",
    error: errorResponse(0x80072326, "Number of concurrent requests exceeded the limit of 52."),
    expect: { kind: "throttled", retried: true, ambiguous: false },
  },
  {
    name: "unexpected server error",
    source: 'Web service error codes: UnExpected 0x80040216 "An unexpected error occurred." (issue 12: seen on creates)',
    error: errorResponse(0x80040216, "An unexpected error occurred."),
    expect: { kind: "server", retried: true, ambiguous: true },
  },
  {
    name: "generic SQL error",
    source:
      'Troubleshoot Dataverse bulk operation errors (learn.microsoft.com/troubleshoot/power-platform/dataverse): -2147204784 = 0x80044150 "Generic SQL error." (SQL 1205, a deadlock); not retried by itself',
    error: errorResponse(-2147204784, "Generic SQL error. Crm ErrorCode: -2147204784 Sql ErrorCode: -2146232060 Sql Number: 1205"),
    expect: { kind: "sql", retried: false, ambiguous: true },
  },
  {
    name: "network failure",
    source: "issue 12 (the reporter's capture of context.webAPI with the connection lost); errorCode 0 because no Dataverse code came back",
    error: errorResponse(0, "Network Error"),
    expect: { kind: "network", retried: true, ambiguous: true },
  },
  {
    name: "gateway failure",
    source:
      "assumption, no public capture: the documented shape with errorCode 0 and the gateway's reason phrase; safety does not rest on the text (any non-definitive create failure is looked up before a new create)",
    error: errorResponse(0, "Bad Gateway"),
    expect: { kind: "server", retried: true, ambiguous: true },
  },
  {
    name: "offline (mobile offline mode)",
    source:
      'MicrosoftDocs/powerapps-docs issue #857 (2020-10-01): a PCF calling webAPI offline got "UciError: This operation failed because you\'re offline. Reconnect and try again."',
    error: namedError("UciError", "This operation failed because you're offline. Reconnect and try again."),
    expect: { kind: "offline", retried: false, ambiguous: true },
  },
  {
    name: "privilege missing (signed code)",
    source:
      'Troubleshoot Dataverse client errors (learn.microsoft.com/troubleshoot/power-platform/power-apps/dataverse/client-errors): "Principal user is missing privilege", Error Code -2147220960 (0x80040220)',
    error: errorResponse(
      -2147220960,
      "Principal user (Id=9a4c2d1e-0b7f-4e1a-9c3d-5e6f7a8b9c0d, type=8, roleCount=1, privilegeCount=12), is missing prvCreatemsdyn_ocwhatsappchannelaccount privilege on OTC=10785 for entity 'msdyn_ocwhatsappchannelaccount'.",
    ),
    expect: { kind: "privilege", retried: false, ambiguous: false },
  },
  {
    name: "column security: create",
    source: "Web service error codes: AttributePrivilegeCreateIsMissing 0x8004F502 (-2147158782), text quoted there",
    error: errorResponse(
      0x8004f502,
      "The user does not have create permissions to a secured field. The requested operation could not be completed.",
    ),
    expect: { kind: "columnSecurity", retried: false, ambiguous: false },
  },
  {
    name: "column security: update",
    source: "Web service error codes: AttributePermissionUpdateIsMissingDuringUpdate 0x8004F507 (-2147158777), text quoted there",
    error: errorResponse(
      0x8004f507,
      "The user doesn't have AttributePrivilegeUpdate and not granted shared access for a secured attribute during update operation",
    ),
    expect: { kind: "columnSecurity", retried: false, ambiguous: false },
  },
  {
    name: "duplicate detection rule",
    source: "Web service error codes: DuplicateRecordsFound 0x80040333 (docs/platform-facts.md#the-pcf-web-api-contextwebapi)",
    error: errorResponse(0x80040333, "A record was not created or updated because a duplicate of the current record already exists."),
    expect: { kind: "duplicate", retried: false, ambiguous: false },
  },
  {
    name: "validation: value too long",
    source:
      "Web service error codes: 0x80044331 (docs/platform-facts.md#the-pcf-web-api-contextwebapi: the message names the column and the limit)",
    error: errorResponse(
      0x80044331,
      "A validation error occurred. The length of the 'msdyn_name' attribute of the 'msdyn_ocwhatsappchannelaccount' entity exceeded the maximum allowed length of '100'.",
    ),
    expect: { kind: "tooLong", retried: false, ambiguous: false },
  },
  {
    name: "business rule / plug-in refusal",
    source:
      "Web service error codes: 0x80040265 (docs/platform-facts.md#the-pcf-web-api-contextwebapi: the message is written for the user)",
    error: errorResponse(0x80040265, "WhatsApp accounts can only be created by the Omnichannel administrators team."),
    expect: { kind: "businessRule", retried: false, ambiguous: false },
  },
  {
    name: "undocumented extras present",
    source:
      'the Web API\'s JSON error body { code: "0x80040216", message, innererror } (Compose HTTP requests and handle errors; innererror removal announced on the Power Apps blog, 2020): read only when present',
    error: {
      errorCode: 0x80040216,
      message: "An unexpected error occurred.",
      code: "0x80040216",
      innererror: { message: "An unexpected error occurred.", type: "Microsoft.Crm.CrmException" },
    },
    expect: { kind: "server", retried: true, ambiguous: true },
  },
  {
    name: "pcf-start harness",
    source:
      'node_modules/pcf-start/harness.js: WebApi.retrieveRecord shows an alert() and rejects with new Error("Your control is trying to retrieve a record. This is not yet supported.")',
    error: new Error(HARNESS_RETRIEVE_MESSAGE),
    expect: { kind: "noDataverse", retried: false, ambiguous: true },
  },
];

export const fixtureNamed = (name: string): PlatformErrorFixture => {
  const found = PLATFORM_ERRORS.find((fixture) => fixture.name === name);
  if (!found) throw new Error(`No platform error fixture "${name}"`);
  return found;
};
