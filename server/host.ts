import { createServer, IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { isAuthorized, WebhookAuth } from "./auth";
import type { WebhookHandler } from "./handler";
import { Log, silentLog } from "./log";
import { BodyTooLargeError, readBody } from "./readBody";

/**
 * The Node host (`npm run serve`): node:http around the framework-free handler. `GET /healthz`
 * answers without a key (for a load balancer or container probe); every other request is a
 * webhook delivery: POST only, the key checked first, the body capped, then the handler.
 */

export interface HostOptions {
  handler: WebhookHandler;
  auth: WebhookAuth;
  /** 0 (default): a port the system picks. */
  port?: number;
  /** "127.0.0.1" by default; "0.0.0.0" in a container. */
  hostname?: string;
  /** Dataverse sends at most about 256 KB (larger contexts are trimmed): the default leaves room, no more. */
  maxBodyBytes?: number;
  log?: Log;
}

export interface WebhookHost {
  readonly url: string;
  /** Stops accepting, lets requests in flight finish, then resolves. */
  close(): Promise<void>;
}

export const DEFAULT_MAX_BODY_BYTES = 512 * 1024;

export async function startWebhookHost(options: HostOptions): Promise<WebhookHost> {
  const log = options.log ?? silentLog;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!options.auth.header && options.auth.code === undefined) throw new Error("A webhook key is required: the host never runs open.");

  let closing = false;
  const inFlight = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    const started = process.hrtime.bigint();
    // Once closing, answers end their connection: a kept-alive socket would hold close() open.
    if (closing) response.setHeader("connection", "close");
    inFlight.add(response);
    response.once("close", () => inFlight.delete(response));
    void serve(request, response, options.handler, options.auth, maxBodyBytes, log)
      .catch((error: unknown) => {
        log("error", "request failed", { error: error instanceof Error ? error.message : String(error) });
        send(response, 500, { error: "Internal error." });
      })
      .finally(() =>
        // The path only: the query may hold the key (?code=).
        log("info", "request", {
          method: request.method,
          path: pathOf(request.url),
          status: response.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        }),
      );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.hostname ?? "127.0.0.1", () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  const url = `http://${address.includes(":") ? `[${address}]` : address}:${port}`;
  log("info", "listening", { url });
  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing = true;
        for (const response of inFlight) if (!response.headersSent) response.setHeader("connection", "close");
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections with no request in flight would hold close() open.
        server.closeIdleConnections();
      }),
  };
}

async function serve(
  request: IncomingMessage,
  response: ServerResponse,
  handler: WebhookHandler,
  auth: WebhookAuth,
  maxBodyBytes: number,
  log: Log,
): Promise<void> {
  const url = request.url ?? "/";
  if (pathOf(url) === "/healthz") {
    send(response, request.method === "GET" || request.method === "HEAD" ? 200 : 405, { status: "ok" });
    return;
  }
  if (!isAuthorized(auth, request.headers, url)) {
    request.resume();
    send(response, 401, { error: "Unauthorized." });
    return;
  }
  if (request.method !== "POST") {
    request.resume();
    send(response, 405, { error: "POST only." });
    return;
  }
  let body: string;
  try {
    body = await readBody(request, maxBodyBytes);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    log("warn", "refused: body too large", { maxBodyBytes });
    send(response, 413, { error: `The body is larger than ${maxBodyBytes} bytes.` }, true);
    return;
  }
  const answer = await handler({ headers: request.headers, body });
  send(response, answer.status, answer.body);
}

function send(response: ServerResponse, status: number, body: unknown, closeAfter = false): void {
  if (response.headersSent) return;
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    ...(closeAfter ? { connection: "close" } : {}),
  });
  response.end(text);
}

const pathOf = (url: string | undefined): string => (url ?? "/").split("?")[0];
