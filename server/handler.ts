import type { DataverseClient } from "../plugins-shim/client";
import { toDataverseError } from "../plugins-shim/client";
import { createIntakeStep, IntakeAnswer, isIntakeContext } from "./intakeStep";
import { Log, silentLog } from "./log";
import { parseRemoteContext, RemoteContext } from "./remoteContext";
import { isValidationContext, judgeContext } from "./validationStep";

/**
 * The webhook, framework-free: a POSTed RemoteExecutionContext in, a status and a JSON body out.
 * Hosts (server/host.ts for Node's http server) authenticate and cap the body before calling it.
 *
 * Dataverse reads only the status ("Use webhooks…", Troubleshoot): a 2xx lets a synchronous
 * operation go on, anything else cancels it with a generic error; 502, 503 and 504 are retried
 * once. Bodies are for the logs and for whoever reads a failed System Job. So:
 * - 200: judged valid, or nothing to do;
 * - 422: the record breaks the rules (diagnostics in the body) or can't be judged; a social
 *   activity whose payload is not a valid post (not retried: its System Job fails with the body);
 * - 400: no RemoteExecutionContext, or a step this host has no handler for (a registration mistake);
 * - 503: the Web API failed (retried once by Dataverse).
 */

export interface WebhookRequest {
  /** Lower-case names, as node:http gives them. */
  headers: Readonly<Record<string, string | string[] | undefined>>;
  body: string;
}

export interface WebhookResponse {
  status: number;
  body: Readonly<Record<string, unknown>>;
}

export interface HandlerOptions {
  /** The Web API as the app user: NodeDataverseClient in production, the in-memory organization in tests. */
  client: DataverseClient;
  log?: Log;
}

/** Sent only when the payload passed 256 KB; the context then lacks InputParameters and images ("Use webhooks…", Header Data). */
export const SIZE_EXCEEDED_HEADER = "x-ms-dynamics-msg-size-exceeded";

export type WebhookHandler = (request: WebhookRequest) => Promise<WebhookResponse>;

export function createWebhookHandler(options: HandlerOptions): WebhookHandler {
  const log = options.log ?? silentLog;
  const handle = answer(options.client, log);
  return async (request) => {
    try {
      return await handle(request);
    } catch (error) {
      // A bug here must not take the host down; 500 fails a synchronous step closed and is not retried.
      log("error", "internal error", { error: error instanceof Error ? error.message : String(error) });
      return { status: 500, body: { error: "Internal error (see the host's log)." } };
    }
  };
}

function answer(client: DataverseClient, log: Log): WebhookHandler {
  const intake = createIntakeStep(client);
  return async (request) => {
    const parsed = parseRemoteContext(request.body);
    if (!parsed.ok) {
      log("warn", "refused: not a RemoteExecutionContext", { error: parsed.error });
      return { status: 400, body: { error: parsed.error } };
    }
    const context = parsed.context;
    const about = describe(context, request.headers[SIZE_EXCEEDED_HEADER] !== undefined);
    if (isValidationContext(context)) {
      const verdict = judgeContext(context);
      if (verdict.valid) {
        log("info", "accepted", { ...about, skippedColumns: verdict.skipped });
        return { status: 200, body: { valid: true } };
      }
      const body =
        verdict.reason === "invalid" ? { valid: false, diagnostics: verdict.diagnostics } : { valid: false, error: verdict.message };
      log("warn", "refused", { ...about, ...body });
      return { status: 422, body };
    }
    if (isIntakeContext(context)) {
      try {
        const answer = await intake(context);
        const body = intakeBody(answer);
        // Ids and the payload's column names and codes only: never its values.
        log(answer.status === 200 ? "info" : "warn", "intake", { ...about, status: answer.status, ...body });
        return { status: answer.status, body };
      } catch (error) {
        const { errorCode, message, status } = toDataverseError(error);
        // "error", not "message": that key is the log line's own.
        log("error", "intake failed: Web API", { ...about, errorCode, error: message, status });
        return { status: 503, body: { error: "The Web API failed; Dataverse retries once.", errorCode } };
      }
    }
    log("warn", "refused: no step here for this registration", about);
    return {
      status: 400,
      body: {
        error: `No step here for ${context.messageName} of ${context.primaryEntityName} at stage ${context.stage}, mode ${context.mode}.`,
      },
    };
  };
}

function intakeBody(answer: IntakeAnswer): Record<string, unknown> {
  if (answer.status === 422) return { error: answer.message, ...(answer.diagnostics ? { diagnostics: answer.diagnostics } : {}) };
  if (answer.done === "alreadyLinked") return { done: answer.done };
  return { done: answer.done, socialprofile: answer.socialprofile, contact: answer.contact, profileAction: answer.profileAction };
}

/** What a log line says about the event: never a record's values beyond its id. */
const describe = (context: RemoteContext, sizeExceeded: boolean) => ({
  sdkMessage: context.messageName,
  table: context.primaryEntityName,
  id: context.primaryEntityId,
  stage: context.stage,
  mode: context.mode,
  correlationId: context.correlationId,
  sizeExceeded,
});
