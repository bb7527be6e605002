import { randomUUID } from "node:crypto";
import type { RecordData } from "../../plugins-shim/client";
import type { InMemoryDataverse } from "../organization/inMemoryDataverse";
import { ErrorCodes } from "../../plugins-shim/client";
import type { TableMetadata } from "../../plugins-shim/schema";
import { context, StepShape } from "./remoteContextBuilder";
import { sdkAttributes } from "./sdkEntity";
import { ApiAnswer, errorAnswer } from "../webApi/webApiRoutes";

/**
 * The platform's webhook dispatcher, in the Web API double: when the organization holds enabled
 * `sdkmessageprocessingstep` rows on a webhook `serviceendpoint` (what `npm run register` writes),
 * a Create or Update through the Web API calls the webhook as Dataverse does. Sources:
 * - "Use webhooks to create external handlers for server events" (MicrosoftDocs/powerapps-docs,
 *   developer/data-platform/use-webhooks.md): the body is the RemoteExecutionContext as JSON; the
 *   headers x-ms-dynamics-organization, -entity-name, -request-name and x-ms-correlation-request-id;
 *   only the status is read; no answer within 60 s, or a status outside 2xx, is a failure; 502,
 *   503 and 504 get one more attempt; an asynchronous step's failure shows in its System Job.
 * - "Register a WebHook" (register-web-hook.md), Authentication options: HttpHeader sends the
 *   pairs as headers, WebhookKey sends `?code=<value>`, HttpQueryString the pairs as a query.
 * - "Event framework" (event-framework.md): PreValidation (10) runs before the operation and
 *   outside its transaction, and its failure stops the operation; PostOperation (40) asynchronous
 *   steps run after the operation commits. Steps of one stage run in rank order.
 * - the sdkmessageprocessingstep reference: statecode 1 (Disabled) steps do not run.
 * - "Register a plug-in" (register-plug-in.md), Define table images: an Update's context holds only
 *   the changed columns; a Pre Image registered on the step (imagetype 0 PreImage or 2 Both,
 *   sdkmessageprocessingstepimage.md) is in PreEntityImages under its entity alias, the row as it
 *   was before the operation; none for Create. Without one, PreEntityImages is empty. The image
 *   holds the columns of `attributes` ("Comma-separated list of attributes that are to be passed
 *   into the … image"); empty is taken as all columns, the Plug-in Registration tool's default
 *   ("Tutorial: Update a plug-in", Add an image) — how "all" is stored is not confirmed.
 *
 * The double's own choices (not documented): a failed synchronous step answers 400 with error
 * code 0x80040265 (IsvAborted, "Web service error codes") and a message naming the step and the
 * status — the platform's exact text and status were not found in Microsoft's pages. Asynchronous
 * deliveries are recorded in `asyncDeliveries` (no asyncoperation table). Only the context
 * members server/ reads are meaningful (the builders' shape); stage 20 steps are not dispatched.
 */

export interface DispatcherOptions {
  /** Dataverse waits 60 s; tests pass less. */
  timeoutMs?: number;
  /**
   * Fault injection: every asynchronous event delivered twice, both at once. The platform sends an
   * event again when an attempt failed with 502, 503 or 504 ("Use webhooks…", Troubleshoot), and a
   * failure is only what the platform saw: a gateway in front of the host may answer 504 while the
   * host goes on and does the work. So a host must expect the same event twice, even overlapping.
   */
  deliverAsyncTwice?: boolean;
}

export interface AsyncDelivery {
  step: string;
  table: string;
  id: string;
  /** The last answer's status, or "no answer" (refused connection, timeout). */
  status: number | "no answer";
  attempts: number;
  succeeded: boolean;
}

type Message = "Create" | "Update";

interface Step {
  name: string;
  /** The step's registered pre-image: its alias and columns (undefined: all). */
  preImage?: { alias: string; attributes?: string[] };
  stage: number;
  mode: number;
  rank: number;
  endpoint: RecordData;
}

const RETRIED = new Set([502, 503, 504]);
const ORGANIZATION = "127.0.0.1";

export class WebhookDispatcher {
  readonly asyncDeliveries: AsyncDelivery[] = [];
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly organization: InMemoryDataverse,
    private readonly tables: Readonly<Record<string, TableMetadata>>,
    private readonly options: DispatcherOptions = {},
  ) {}

  /** The synchronous PreValidation steps, before the write: an answer refuses it, undefined lets it go on. */
  async beforeWrite(message: Message, table: TableMetadata, id: string | undefined, data: RecordData): Promise<ApiAnswer | undefined> {
    const steps = (await this.stepsFor(message, table.logicalName)).filter((step) => step.stage === 10 && step.mode === 0);
    if (steps.length === 0) return undefined;
    const stored = message === "Update" && id && steps.some((step) => step.preImage) ? await this.storedRow(table, id) : undefined;
    for (const step of steps) {
      const body = context(
        this.shape(step, message, table, id, data, stored && step.preImage && imageOf(stored, step.preImage.attributes)),
      );
      const outcome = await this.deliver(step, message, table.logicalName, body);
      if (!outcome.ok) {
        const answered = outcome.status === "no answer" ? "no answer" : `HTTP ${outcome.status}`;
        return errorAnswer(
          400,
          ErrorCodes.BusinessRule,
          `The webhook of step '${step.name}' failed (${answered}): the operation was cancelled.`,
        );
      }
    }
    return undefined;
  }

  /**
   * The asynchronous PostOperation steps, after the write committed (a change set's, after the whole
   * set: ApiAnswer.afterCommit): not awaited by the caller.
   */
  afterWrite(message: Message, table: TableMetadata, id: string, data: RecordData): void {
    const run = (async () => {
      const steps = (await this.stepsFor(message, table.logicalName)).filter((step) => step.stage === 40 && step.mode === 1);
      for (const step of steps) {
        const body = context(this.shape(step, message, table, id, data, undefined));
        const deliveries = this.options.deliverAsyncTwice ? 2 : 1;
        await Promise.all(
          Array.from({ length: deliveries }, async () => {
            const outcome = await this.deliver(step, message, table.logicalName, body);
            this.asyncDeliveries.push({
              step: step.name,
              table: table.logicalName,
              id,
              status: outcome.status,
              attempts: outcome.attempts,
              succeeded: outcome.ok,
            });
          }),
        );
      }
    })();
    this.pending.add(run);
    void run.finally(() => this.pending.delete(run));
  }

  /** Resolves when every asynchronous delivery started so far has its outcome (tests await it). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private shape(
    step: Step,
    message: Message,
    table: TableMetadata,
    id: string | undefined,
    data: RecordData,
    preImage: RecordData | undefined,
  ): StepShape {
    return {
      message,
      table: table.logicalName,
      id,
      stage: step.stage as StepShape["stage"],
      mode: step.mode as StepShape["mode"],
      target: sdkAttributes(table, this.tables, id ? { ...data, [table.primaryIdAttribute]: id } : data),
      preImage: preImage && sdkAttributes(table, this.tables, preImage, true),
      preImageAlias: step.preImage?.alias,
      correlationId: randomUUID(),
    };
  }

  private async storedRow(table: TableMetadata, id: string): Promise<RecordData | undefined> {
    return this.organization.retrieveRecord(table.logicalName, id).catch(() => undefined);
  }

  /** Enabled steps on webhook endpoints for this message and table, in rank order. */
  private async stepsFor(message: Message, table: string): Promise<Step[]> {
    if (!this.tables.sdkmessageprocessingstep) return [];
    const all = (await this.organization.retrieveMultipleRecords("sdkmessageprocessingstep")).entities;
    const steps: Step[] = [];
    for (const row of all) {
      if (row.statecode !== 0) continue;
      const filter = await this.row("sdkmessagefilter", row._sdkmessagefilterid_value);
      const sdkMessage = await this.row("sdkmessage", row._sdkmessageid_value);
      const endpoint = await this.row("serviceendpoint", row._eventhandler_value);
      if (!filter || filter.primaryobjecttypecode !== table || sdkMessage?.name !== message || endpoint?.contract !== 8) continue;
      const preImage = message === "Update" ? await this.preImageOf(String(row.sdkmessageprocessingstepid)) : undefined;
      steps.push({
        name: String(row.name),
        stage: Number(row.stage),
        mode: Number(row.mode),
        rank: Number(row.rank ?? 0),
        endpoint,
        preImage,
      });
    }
    return steps.sort((a, b) => a.rank - b.rank);
  }

  /** The step's first image of type PreImage (0) or Both (2) on Target, if one is registered. */
  private async preImageOf(step: string): Promise<Step["preImage"]> {
    if (!this.tables.sdkmessageprocessingstepimage) return undefined;
    const images = (await this.organization.retrieveMultipleRecords("sdkmessageprocessingstepimage")).entities;
    const image = images.find(
      (row) =>
        row._sdkmessageprocessingstepid_value === step &&
        (row.imagetype === 0 || row.imagetype === 2) &&
        row.messagepropertyname === "Target",
    );
    if (!image) return undefined;
    const attributes = String(image.attributes ?? "")
      .split(",")
      .map((name) => name.trim())
      .filter(Boolean);
    return { alias: String(image.entityalias), attributes: attributes.length > 0 ? attributes : undefined };
  }

  private async row(table: string, id: unknown): Promise<RecordData | undefined> {
    return typeof id === "string" ? this.organization.retrieveRecord(table, id).catch(() => undefined) : undefined;
  }

  /** One POST, and one more for 502/503/504 ("Use webhooks…", Troubleshoot). */
  private async deliver(
    step: Step,
    message: Message,
    table: string,
    body: Record<string, unknown>,
  ): Promise<{ ok: boolean; status: number | "no answer"; attempts: number }> {
    let status: number | "no answer" = "no answer";
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      status = await this.post(step.endpoint, message, table, body);
      if (typeof status === "number" && status >= 200 && status < 300) return { ok: true, status, attempts: attempt };
      if (typeof status !== "number" || !RETRIED.has(status)) return { ok: false, status, attempts: attempt };
    }
    return { ok: false, status, attempts: 2 };
  }

  private async post(endpoint: RecordData, message: Message, table: string, body: Record<string, unknown>): Promise<number | "no answer"> {
    const { url, headers } = withAuth(endpoint);
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          ...headers,
          "content-type": "application/json",
          "x-ms-dynamics-organization": ORGANIZATION,
          "x-ms-dynamics-entity-name": table,
          "x-ms-dynamics-request-name": message,
          "x-ms-correlation-request-id": String(body.CorrelationId),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 60_000),
      });
      await response.arrayBuffer();
      return response.status;
    } catch {
      return "no answer";
    }
  }
}

/** The stored row cut to the image's columns (a lookup's `_x_value` and its annotations go with x). */
function imageOf(row: RecordData, attributes: string[] | undefined): RecordData {
  if (!attributes) return row;
  const kept = new Set(attributes);
  const column = (key: string) => key.split("@")[0].replace(/^_(.*)_value$/, "$1");
  return Object.fromEntries(Object.entries(row).filter(([key]) => kept.has(column(key))));
}

/** The endpoint's URL and headers with its authentication (authtype 4 WebhookKey, 5 HttpHeader, 6 HttpQueryString). */
function withAuth(endpoint: RecordData): { url: string; headers: Record<string, string> } {
  const url = new URL(String(endpoint.url));
  const headers: Record<string, string> = {};
  const value = String(endpoint.authvalue ?? "");
  if (endpoint.authtype === 4) url.searchParams.set("code", value);
  for (const [name, setting] of endpoint.authtype === 5 || endpoint.authtype === 6 ? settings(value) : []) {
    if (endpoint.authtype === 5) headers[name] = setting;
    else url.searchParams.set(name, setting);
  }
  return { url: url.toString(), headers };
}

/** `<settings><setting name="…" value="…" /></settings>` (server/registration.ts says where the format comes from). */
function settings(text: string): [string, string][] {
  const unescape = (value: string) =>
    value
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  return [...text.matchAll(/<setting\s+name="([^"]*)"\s+value="([^"]*)"\s*\/>/g)].map((match) => [unescape(match[1]), unescape(match[2])]);
}
