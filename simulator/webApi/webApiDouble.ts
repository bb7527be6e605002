import { createServer, IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ErrorCodes } from "../../plugins-shim/client";
import { InMemoryDataverse, InMemoryDataverseOptions } from "../organization/inMemoryDataverse";
import { TABLES, TableMetadata } from "../../plugins-shim/schema";
import { ODATA_HEADERS, sendError } from "./odataResponses";
import { batchAnswer } from "./batchRoute";
import { ApiAnswer, ApiRequest, committed, route, RouteContext, WEB_API_PATH } from "./webApiRoutes";
import { DispatcherOptions, WebhookDispatcher } from "../webhooks/webhookDispatcher";

/**
 * A Dataverse Web API double served over HTTP on 127.0.0.1: the in-memory organization behind the
 * Web API's routes (webApiRoutes.ts) and `$batch` with change sets (batchRoute.ts), for tests and
 * demos of the Node connection. A fake, never
 * shipped: nothing under controls/ or plugins-shim/ imports it (docs/architecture.md).
 *
 * Faults on demand, each as the platform shows it:
 * - throttling: "Service protection API limits" (learn.microsoft.com/power-apps/developer/
 *   data-platform/api-limits): 429 Too Many Requests, a `Retry-After` header in seconds, and the
 *   error code of the limit hit (0x80072322 for the number of requests, with its message);
 * - a lost answer: the write is applied, then the connection is dropped before the answer, as a
 *   network break after the server committed looks to the client;
 * - sign-in: a request without `Authorization: Bearer …` (or with another token than the one
 *   expected) is refused 401, "Compose HTTP requests and handle errors" (Authorization header).
 */

export interface WebApiDoubleOptions {
  tables?: Readonly<Record<string, TableMetadata>>;
  /** Passed on to the organization (fault interception, required level, ids…). */
  organization?: Omit<InMemoryDataverseOptions, "tables">;
  /** When set, only this bearer token is accepted. Tests use a made-up value, never a real one. */
  acceptToken?: string;
  /** Largest request body read, in bytes (the double's bound, not the platform's). */
  maxBodyBytes?: number;
  /** Port on 127.0.0.1 (default 0: one the system picks). */
  port?: number;
  /** Called with each request answered: method, path and status only (never headers: they hold the token). */
  onRequest?: (entry: { method: string; url: string; status: number | "dropped" }) => void;
  /** Call registered webhook steps on creates and updates (webhookDispatcher.ts); off by default. */
  webhooks?: DispatcherOptions;
  /** Rows per page of a query sent without `Prefer: odata.maxpagesize` (default 5,000, the platform's; smaller in tests). */
  maxPageSize?: number;
}

export interface ThrottleFault {
  /** How many of the next requests are refused. */
  count: number;
  retryAfterSeconds: number;
}

export interface WebApiDouble {
  /** "http://127.0.0.1:port": pass it as `--org`. */
  readonly url: string;
  readonly organization: InMemoryDataverse;
  /** Method and path of every request answered or dropped, in order (never headers: they hold the token). */
  readonly requests: ReadonlyArray<{ method: string; url: string; status: number | "dropped" }>;
  /** The most requests it was answering at once (the service protection limit allows 52 per user). */
  readonly peakConcurrency: number;
  throttle(fault: ThrottleFault): void;
  /** The next write (or batch that wrote) that succeeds is applied, then its connection dropped without an answer. */
  dropAfterNextWrite(): void;
  /** The dispatcher, when `webhooks` was given: its asynchronous deliveries and `settled()`. */
  readonly webhooks?: WebhookDispatcher;
  close(): Promise<void>;
}

/** The service protection refusal of the request count ("Service protection API limits", error codes table). */
const THROTTLED_MESSAGE = "Number of requests exceeded the limit of 6000 over time window of 300 seconds.";

export async function startWebApiDouble(options: WebApiDoubleOptions = {}): Promise<WebApiDouble> {
  const tables = options.tables ?? TABLES;
  const organization = new InMemoryDataverse({ ...options.organization, tables });
  const requests: { method: string; url: string; status: number | "dropped" }[] = [];
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024 * 1024;
  let throttled: ThrottleFault | undefined;
  let dropNextWrite = false;
  // Its origin is known once the server listens on the port the system chose.
  const webhooks = options.webhooks ? new WebhookDispatcher(organization, tables, options.webhooks) : undefined;
  const context: RouteContext = { organization, tables, origin: "", webhooks, maxPageSize: options.maxPageSize };

  let inFlight = 0;
  let peakConcurrency = 0;
  const server = createServer((request, response) => {
    inFlight += 1;
    peakConcurrency = Math.max(peakConcurrency, inFlight);
    void answer(request, response)
      .catch(() => response.destroy())
      .finally(() => {
        inFlight -= 1;
      });
  });

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? "GET";
    const url = request.url ?? "/";
    const log = (status: number | "dropped") => {
      requests.push({ method, url, status });
      options.onRequest?.({ method, url, status });
    };
    if (!authorized(request.headers.authorization, options.acceptToken)) {
      response.writeHead(401, { "WWW-Authenticate": "Bearer", "OData-Version": ODATA_HEADERS["OData-Version"], "Content-Length": "0" });
      response.end();
      log(401);
      return;
    }
    if (throttled && throttled.count > 0) {
      throttled.count -= 1;
      sendError(response, 429, ErrorCodes.ServiceProtectionRequests, THROTTLED_MESSAGE, {
        "Retry-After": String(throttled.retryAfterSeconds),
      });
      log(429);
      return;
    }
    const body = await readBody(request, maxBodyBytes);
    if (body === undefined) {
      sendError(response, 413, 0, `The request body is larger than ${maxBodyBytes} bytes.`);
      log(413);
      return;
    }
    const apiRequest: ApiRequest = { method, url, headers: flatHeaders(request), body };
    const isBatch = method === "POST" && new URL(url, context.origin).pathname === `${WEB_API_PATH}$batch`;
    const result = isBatch ? await batchAnswer(context, apiRequest) : asText(committed(await route(context, apiRequest)));
    if (result.wrote && dropNextWrite) {
      dropNextWrite = false;
      log("dropped");
      // The write is in the organization; the client sees the connection reset, never the answer.
      response.socket?.destroy();
      return;
    }
    const headers: Record<string, string> = { "OData-Version": ODATA_HEADERS["OData-Version"], ...result.headers };
    if (result.status !== 204) headers["Content-Length"] = String(Buffer.byteLength(result.text));
    response.writeHead(result.status, headers);
    response.end(result.status === 204 ? undefined : result.text);
    log(result.status);
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  context.origin = origin;

  return {
    url: origin,
    organization,
    requests,
    webhooks,
    get peakConcurrency() {
      return peakConcurrency;
    },
    throttle: (fault) => {
      throttled = { ...fault };
    },
    dropAfterNextWrite: () => {
      dropNextWrite = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export { WEB_API_PATH };

function asText(answer: ApiAnswer): { status: number; headers: Record<string, string>; text: string; wrote: boolean } {
  const headers = { ...answer.headers };
  if (answer.body !== undefined) headers["Content-Type"] = ODATA_HEADERS["Content-Type"];
  return { status: answer.status, headers, text: answer.body === undefined ? "" : JSON.stringify(answer.body), wrote: !!answer.wrote };
}

function authorized(header: string | undefined, accepted: string | undefined): boolean {
  const match = /^Bearer (\S+)$/.exec(header ?? "");
  return !!match && (accepted === undefined || match[1] === accepted);
}

function flatHeaders(request: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  return headers;
}

/** The body as text, or undefined past the cap (reading stops there). */
function readBody(request: IncomingMessage, maxBytes: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        request.removeAllListeners("data");
        request.resume();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}
