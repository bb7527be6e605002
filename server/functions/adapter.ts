import type { HttpRequest, HttpResponseInit } from "@azure/functions";
import { isAuthorized, WebhookAuth } from "../auth";
import type { WebhookHandler } from "../handler";
import { DEFAULT_MAX_BODY_BYTES } from "../host";

/**
 * The Azure Functions v4 host (the hosting Microsoft's webhook page suggests): one HTTP function
 * around the same framework-free handler, with the same key check as the Node host. The function
 * is registered with authLevel "anonymous" because this check is the one that runs in both hosts;
 * the WebhookKey option still works (`?code=` is compared here, not by the Functions runtime).
 */

/** The members of the Functions request this adapter reads (a real HttpRequest has them). */
export type FunctionsRequest = Pick<HttpRequest, "method" | "url" | "headers" | "text">;

export interface FunctionsHostOptions {
  handler: WebhookHandler;
  auth: WebhookAuth;
  maxBodyBytes?: number;
}

export function functionsHandler(options: FunctionsHostOptions): (request: FunctionsRequest) => Promise<HttpResponseInit> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return async (request) => {
    // Headers (the Fetch API's) as the plain lower-case record the handler and the key check read.
    const headers = Object.fromEntries([...request.headers.entries()].map(([name, value]) => [name.toLowerCase(), value]));
    const url = new URL(request.url);
    if (!isAuthorized(options.auth, headers, `${url.pathname}${url.search}`)) return json(401, { error: "Unauthorized." });
    if (request.method !== "POST") return json(405, { error: "POST only." });
    if (Number(headers["content-length"]) > maxBodyBytes) return json(413, { error: `The body is larger than ${maxBodyBytes} bytes.` });
    // The runtime has read the body already; the cap still bounds what is parsed.
    const body = await request.text();
    if (Buffer.byteLength(body, "utf8") > maxBodyBytes) return json(413, { error: `The body is larger than ${maxBodyBytes} bytes.` });
    const answer = await options.handler({ headers, body });
    return json(answer.status, answer.body);
  };
}

const json = (status: number, body: unknown): HttpResponseInit => ({
  status,
  jsonBody: body,
  headers: { "content-type": "application/json; charset=utf-8" },
});
