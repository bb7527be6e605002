import type { ServerResponse } from "node:http";

/**
 * How the Dataverse Web API answers, as Microsoft's "Compose HTTP requests and handle errors"
 * (learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors)
 * describes it: JSON bodies with `OData-Version: 4.0`, and errors as
 * `{ "error": { "code": "0x…", "message": "…" } }` with the HTTP status of the failure.
 */

export const ODATA_HEADERS = {
  "Content-Type": "application/json; odata.metadata=minimal",
  "OData-Version": "4.0",
} as const;

/** The error body's `code`: the Dataverse code as hex, as the page's examples print it ("0x80040217"). */
export const errorCodeText = (code: number): string => `0x${(code >>> 0).toString(16)}`;

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { ...ODATA_HEADERS, "Content-Length": Buffer.byteLength(text).toString(), ...headers });
  response.end(text);
}

export function sendError(
  response: ServerResponse,
  status: number,
  code: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendJson(response, status, { error: { code: errorCodeText(code), message } }, headers);
}
