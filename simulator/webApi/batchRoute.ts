import { randomUUID } from "node:crypto";
import type { RecordData } from "../../plugins-shim/client";
import { boundaryOf, HttpMessage, httpPart, multipart, MultipartError, parseHttpMessage, Part, splitParts } from "./multipart";
import { ApiAnswer, ApiRequest, committed, errorAnswer, recordTarget, route, RouteContext, WEB_API_PATH } from "./webApiRoutes";

/**
 * `POST /api/data/v9.2/$batch`, as "Execute batch operations using the Web API"
 * (learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api)
 * describes it:
 * - requests run one after another, in order, and answers come back in the same order, in a
 *   `multipart/mixed` body whose boundary is `batchresponse_<guid>`;
 * - a change set (a nested `multipart/mixed` part) is atomic: if one of its operations fails, the
 *   ones before it are rolled back and the change set's answer is that one failure; its answers
 *   otherwise come in a `changesetresponse_<guid>` part, each with its `Content-ID`;
 * - `$1`, `$2`… in a change set's later URL or body stand for the URL of the row that the request
 *   with that `Content-ID` created ("Reference URIs in an operation");
 * - `GET` is not allowed in a change set; a batch holds at most 1,000 requests;
 * - on an error, without `Prefer: odata.continue-on-error` no further request runs and the batch
 *   answers with the failing request's status; with it, every request runs and the batch answers
 *   200 ("Handling errors"). The page's example fails on the first request, so it does not show
 *   whether answers before a failure are returned: the double returns them (they happened).
 *
 * The in-memory organization has no transactions: the double keeps a journal of each change
 * set's writes (the row before an update or delete, the id of a create) and undoes them through
 * the organization's own methods when the change set fails.
 */

export const MAX_BATCH_REQUESTS = 1000;

export interface BatchAnswer {
  status: number;
  headers: Record<string, string>;
  text: string;
  wrote: boolean;
}

type Item = { kind: "request"; part: Part } | { kind: "changeSet"; parts: Part[] };

type Undo = () => Promise<void>;

export async function batchAnswer(context: RouteContext, request: ApiRequest): Promise<BatchAnswer> {
  let items: Item[];
  try {
    items = readItems(request);
  } catch (reason) {
    return errorText(errorAnswer(400, 0, reason instanceof Error ? reason.message : String(reason)));
  }
  const continueOnError = /odata\.continue-on-error/.test(request.headers.prefer ?? "");
  const parts: string[] = [];
  let status = 200;
  let wrote = false;
  for (const item of items) {
    const outcome =
      item.kind === "request" ? await single(context, item.part, request.headers) : await changeSet(context, item.parts, request.headers);
    parts.push(outcome.part);
    wrote ||= outcome.wrote;
    if (outcome.failedWith !== undefined && !continueOnError) {
      status = outcome.failedWith;
      break;
    }
  }
  const boundary = `batchresponse_${randomUUID()}`;
  return { status, headers: { "Content-Type": `multipart/mixed; boundary=${boundary}` }, text: multipart(boundary, parts), wrote };
}

interface Outcome {
  part: string;
  wrote: boolean;
  failedWith?: number;
}

function readItems(request: ApiRequest): Item[] {
  const boundary = boundaryOf(request.headers["content-type"]);
  if (!boundary) throw new MultipartError("A $batch request needs Content-Type: multipart/mixed with a boundary.");
  const items: Item[] = splitParts(request.body, boundary).map((part): Item => {
    const inner = boundaryOf(part.headers["content-type"]);
    return inner ? { kind: "changeSet", parts: splitParts(part.content, inner) } : { kind: "request", part };
  });
  const count = items.reduce((sum, item) => sum + (item.kind === "request" ? 1 : item.parts.length), 0);
  if (count > MAX_BATCH_REQUESTS)
    throw new MultipartError(`A batch may hold at most ${MAX_BATCH_REQUESTS} requests; this one holds ${count}.`);
  for (const item of items) {
    if (item.kind === "changeSet" && item.parts.some((part) => messageOf(part).method === "GET")) {
      throw new MultipartError("GET requests are not allowed within change sets.");
    }
  }
  return items;
}

function messageOf(part: Part): HttpMessage & { method: string; url: string } {
  const message = parseHttpMessage(part.content);
  const [method = "", url = ""] = message.startLine.split(/\s+/);
  return { ...message, method: method.toUpperCase(), url };
}

/** The batch's own headers (the token, Prefer) apply to each request, under the part's own. */
function apiRequest(part: Part, outer: ApiRequest["headers"], references: ReadonlyMap<string, string>): ApiRequest {
  const message = messageOf(part);
  let url = message.url;
  let body = message.body;
  for (const [id, entityUrl] of references) {
    if (url === `$${id}` || url.startsWith(`$${id}/`)) url = entityUrl + url.slice(id.length + 1);
    body = body.split(`"$${id}"`).join(JSON.stringify(entityUrl));
  }
  // A URL relative to the service root ("tasks") is read as the page's samples write it.
  if (!/^(https?:|\/)/.test(url)) url = `${WEB_API_PATH}${url}`;
  return { method: message.method, url, headers: { prefer: outer.prefer, ...message.headers }, body };
}

async function single(context: RouteContext, part: Part, outer: ApiRequest["headers"]): Promise<Outcome> {
  // Outside a change set a request commits on its own.
  const answer = committed(await route(context, apiRequest(part, outer, new Map())));
  return { part: partOf(answer), wrote: !!answer.wrote, failedWith: answer.status >= 400 ? answer.status : undefined };
}

async function changeSet(context: RouteContext, parts: Part[], outer: ApiRequest["headers"]): Promise<Outcome> {
  const references = new Map<string, string>();
  const journal: Undo[] = [];
  const answers: string[] = [];
  // The set commits as one: its asynchronous steps wait for the last request, and a rollback drops them.
  const afterCommit: (() => void)[] = [];
  for (const part of parts) {
    const contentId = part.headers["content-id"];
    const request = apiRequest(part, outer, references);
    const answer = await journaled(context, request, journal);
    if (answer.status >= 400) {
      for (const undo of journal.reverse()) await undo();
      return { part: partOf(answer, contentId), wrote: false, failedWith: answer.status };
    }
    if (answer.afterCommit) afterCommit.push(answer.afterCommit);
    const entityUrl = answer.headers["OData-EntityId"];
    if (contentId !== undefined && entityUrl) references.set(contentId, entityUrl);
    answers.push(partOf(answer, contentId));
  }
  for (const start of afterCommit) start();
  const boundary = `changesetresponse_${randomUUID()}`;
  return { part: `Content-Type: multipart/mixed; boundary=${boundary}\r\n\r\n${multipart(boundary, answers)}`, wrote: journal.length > 0 };
}

/** Runs one write of a change set and notes how to take it back. */
async function journaled(context: RouteContext, request: ApiRequest, journal: Undo[]): Promise<ApiAnswer> {
  const { organization } = context;
  const target = recordTarget(context, request.url);
  const before = target?.id ? await organization.retrieveRecord(target.table.logicalName, target.id).catch(() => undefined) : undefined;
  const answer = await route(context, request);
  if (!target || !answer.wrote || answer.status >= 400) return answer;
  const table = target.table.logicalName;
  const id = target.id ?? /\(([0-9a-f-]{36})\)$/.exec(answer.headers["OData-EntityId"] ?? "")?.[1];
  if (!id) return answer;
  journal.push(async () => {
    if (request.method !== "DELETE") await organization.deleteRecord(table, id);
    if (before) organization.seed(table, [storedColumns(before)]);
  });
  return answer;
}

/** A row as read, for seeding back: the columns it holds (a read answers null for the empty ones). */
function storedColumns(row: RecordData): RecordData {
  return Object.fromEntries(Object.entries(row).filter(([key, value]) => value !== null && !key.startsWith("@odata.")));
}

function partOf(answer: ApiAnswer, contentId?: string): string {
  const body = answer.body === undefined ? "" : JSON.stringify(answer.body);
  const headers: Record<string, string> = { "OData-Version": "4.0", ...answer.headers };
  if (answer.body !== undefined) headers["Content-Type"] = "application/json; odata.metadata=minimal";
  return httpPart(answer.status, headers, body, contentId);
}

function errorText(answer: ApiAnswer): BatchAnswer {
  return {
    status: answer.status,
    headers: { "Content-Type": "application/json; odata.metadata=minimal" },
    text: JSON.stringify(answer.body),
    wrote: false,
  };
}
