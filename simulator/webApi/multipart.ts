/**
 * The multipart bodies of `$batch` ("Execute batch operations using the Web API",
 * learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api,
 * after OData 4.0 §11.7 Batch Requests): parts between `--<boundary>` lines, the last closed by
 * `--<boundary>--`; each part's headers, a blank line, its content. A part of type
 * `multipart/mixed` is a change set, holding parts of its own. An `application/http` part holds
 * one HTTP message: a start line, headers, a blank line, a body. Lines may end in CRLF (the
 * specification) or LF (the page's samples, and what many clients send).
 */

export interface Part {
  headers: Record<string, string>;
  content: string;
}

export interface HttpMessage {
  /** "POST /api/data/v9.2/tasks HTTP/1.1" → ["POST", "/api/data/v9.2/tasks"] */
  startLine: string;
  headers: Record<string, string>;
  body: string;
}

export class MultipartError extends Error {}

/** The boundary of a `multipart/mixed; boundary="…"` content type, quoted or not. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  if (!contentType || !/^\s*multipart\/mixed\b/i.test(contentType)) return undefined;
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2]) : undefined;
}

export function splitParts(body: string, boundary: string): Part[] {
  const lines = body.split(/\r?\n/);
  const parts: string[][] = [];
  let current: string[] | undefined;
  let closed = false;
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed === `--${boundary}--`) {
      if (current) parts.push(current);
      closed = true;
      break;
    }
    if (trimmed === `--${boundary}`) {
      if (current) parts.push(current);
      current = [];
    } else if (current) {
      current.push(line);
    }
  }
  if (!closed) throw new MultipartError(`The multipart body does not end with --${boundary}--.`);
  return parts.map((part) => {
    const { headers, rest } = readHeaders(part);
    return { headers, content: rest.join("\n") };
  });
}

export function parseHttpMessage(content: string): HttpMessage {
  const lines = content.split("\n");
  while (lines.length > 0 && lines[0].trim() === "") lines.shift();
  const startLine = (lines.shift() ?? "").trim();
  const { headers, rest } = readHeaders(lines);
  return { startLine, headers, body: rest.join("\n").trim() };
}

function readHeaders(lines: readonly string[]): { headers: Record<string, string>; rest: string[] } {
  const headers: Record<string, string> = {};
  let index = 0;
  for (; index < lines.length; index += 1) {
    const line = lines[index];
    if (line.trim() === "") {
      index += 1;
      break;
    }
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, rest: lines.slice(index) };
}

/** One part of a response: `application/http` with the status line, headers and body. */
export function httpPart(status: number, headers: Record<string, string>, body: string, contentId?: string): string {
  const partHeaders = [
    "Content-Type: application/http",
    "Content-Transfer-Encoding: binary",
    ...(contentId === undefined ? [] : [`Content-ID: ${contentId}`]),
  ];
  const messageHeaders = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return [...partHeaders, "", `HTTP/1.1 ${status} ${REASONS[status] ?? ""}`.trimEnd(), ...messageHeaders, "", body].join("\r\n");
}

export function multipart(boundary: string, parts: readonly string[]): string {
  return `${parts.map((part) => `--${boundary}\r\n${part}\r\n`).join("")}--${boundary}--\r\n`;
}

const REASONS: Readonly<Record<number, string>> = {
  200: "OK",
  201: "Created",
  204: "No Content",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  412: "Precondition Failed",
  429: "Too Many Requests",
  500: "Internal Server Error",
};
