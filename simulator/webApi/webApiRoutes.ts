import { InMemoryDataverse, IN_MEMORY_ORGANIZATION_URI, IN_MEMORY_WEB_API_PATH } from "../organization/inMemoryDataverse";
import { OrganizationErrorCodes as Codes } from "../organization/dataverseErrors";
import type { DataverseError, RecordData } from "../../plugins-shim/client";
import type { TableMetadata } from "../../plugins-shim/schema";
import { entityDocument, OPTION_SET_CASTS, optionSetDocuments } from "./entityDefinitions";
import { errorCodeText } from "./odataResponses";
import type { WebhookDispatcher } from "../webhooks/webhookDispatcher";

/**
 * The Web API's routes over an in-memory organization, as plain request → answer (no sockets), so
 * the HTTP server and a `$batch` reader can share them. Each answer follows the Microsoft page
 * named beside it; the organization judges records with the project's rules, as before.
 */

export const WEB_API_PATH = IN_MEMORY_WEB_API_PATH; // "/api/data/v9.2/"

export interface ApiRequest {
  method: string;
  /** Path and query, e.g. "/api/data/v9.2/socialprofiles?$select=profilename". */
  url: string;
  headers: Readonly<Record<string, string | undefined>>;
  body: string;
}

export interface ApiAnswer {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
  /** A create, update or delete that changed the organization (the drop-after-write switch reads it). */
  wrote?: boolean;
  /**
   * Starts the write's asynchronous steps. "Event framework": PostOperation asynchronous steps run
   * after the operation commits, so whoever commits calls it: at once for a lone request, when the
   * whole change set has succeeded for one of its requests, never when the set rolls back.
   */
  afterCommit?: () => void;
}

export interface RouteContext {
  organization: InMemoryDataverse;
  tables: Readonly<Record<string, TableMetadata>>;
  /** "http://127.0.0.1:port": where the double listens, for the URLs it hands back. */
  origin: string;
  /** Registered webhook steps run around creates and updates when set (webhookDispatcher.ts). */
  webhooks?: WebhookDispatcher;
  /** Rows per page without a Prefer header (DEFAULT_PAGE_SIZE unless a test sets fewer). */
  maxPageSize?: number;
}

export const errorAnswer = (status: number, code: number, message: string): ApiAnswer => ({
  status,
  headers: {},
  body: { error: { code: errorCodeText(code), message } },
});

/** "Resource not found for the segment 'x'." (dataverseErrors.ts cites the troubleshooting page). */
const notFoundSegment = (segment: string) => errorAnswer(404, Codes.ResourceNotFound, `Resource not found for the segment '${segment}'.`);

const ENTITY_DEFINITION = /^EntityDefinitions\(LogicalName='([A-Za-z0-9_]+)'\)(?:\/Attributes\/([A-Za-z.]+))?$/;
const ENTITY_SET = /^([A-Za-z0-9_]+)(?:\(([0-9A-Fa-f-]{36})\))?$/;

export async function route(context: RouteContext, request: ApiRequest): Promise<ApiAnswer> {
  const url = new URL(request.url, context.origin);
  if (!url.pathname.startsWith(WEB_API_PATH)) return notFoundSegment(url.pathname);
  const resource = decodeURIComponent(url.pathname.slice(WEB_API_PATH.length));
  try {
    const definition = ENTITY_DEFINITION.exec(resource);
    if (definition)
      return request.method === "GET"
        ? metadataAnswer(context, definition[1], definition[2], url.searchParams)
        : methodNotAllowed(request.method);
    const set = ENTITY_SET.exec(resource);
    const table = set ? Object.values(context.tables).find((candidate) => candidate.entitySetName === set[1]) : undefined;
    if (!set || !table) return notFoundSegment(set?.[1] ?? resource);
    return await recordAnswer(context, table, set[2]?.toLowerCase(), request, url);
  } catch (reason) {
    return answerForFailure(reason);
  }
}

/** The organization rejects with `{ errorCode, message, status }`; anything else is a fault of the double, told as 500. */
function answerForFailure(reason: unknown): ApiAnswer {
  const error = reason as Partial<DataverseError>;
  if (typeof error?.errorCode === "number" && typeof error.message === "string") {
    return errorAnswer(error.status ?? 500, error.errorCode, error.message);
  }
  return errorAnswer(500, Codes.Unexpected, "An unexpected error occurred.");
}

/** The table and row a request's URL names, when it names one of the entity sets held (the batch journal reads it). */
export function recordTarget(context: RouteContext, url: string): { table: TableMetadata; id?: string } | undefined {
  const { pathname } = new URL(url, context.origin);
  if (!pathname.startsWith(WEB_API_PATH)) return undefined;
  const set = ENTITY_SET.exec(decodeURIComponent(pathname.slice(WEB_API_PATH.length)));
  const table = set ? Object.values(context.tables).find((candidate) => candidate.entitySetName === set[1]) : undefined;
  return table ? { table, id: set?.[2]?.toLowerCase() } : undefined;
}

const methodNotAllowed = (method: string) => errorAnswer(405, 0, `The HTTP method '${method}' is not allowed on this resource.`);

async function recordAnswer(
  context: RouteContext,
  table: TableMetadata,
  id: string | undefined,
  request: ApiRequest,
  url: URL,
): Promise<ApiAnswer> {
  const { organization } = context;
  const options = url.search;
  const prefer = request.headers.prefer ?? "";
  if (id === undefined) {
    if (request.method === "GET") return collectionAnswer(context, table, options, prefer);
    if (request.method === "POST") return createAnswer(context, table, parseBody(request.body), prefer);
    return methodNotAllowed(request.method);
  }
  switch (request.method) {
    case "GET":
      return {
        status: 200,
        headers: {},
        body: {
          "@odata.context": contextUrl(context, table, true),
          ...(await organization.retrieveRecord(table.logicalName, id, options)),
        },
      };
    case "PATCH":
      return patchAnswer(context, table, id, parseBody(request.body), request.headers);
    case "DELETE":
      await organization.deleteRecord(table.logicalName, id);
      return { status: 204, headers: {}, wrote: true };
    default:
      return methodNotAllowed(request.method);
  }
}

/**
 * "Page results using OData" (webapi/query/page-results): without a page size asked for, a query
 * answers at most 5,000 rows of a standard table, with `@odata.nextLink` for the rest.
 */
export const DEFAULT_PAGE_SIZE = 5000;

/**
 * "Query data using the Web API" (webapi/query-data-web-api, "Page results"): `Prefer:
 * odata.maxpagesize=n` pages the answer, `Preference-Applied` echoes it and `@odata.nextLink`
 * is the URL of the next page; without it, pages of DEFAULT_PAGE_SIZE (context.maxPageSize).
 * The organization writes its nextLink at its placeholder address; the double hands back its own.
 */
async function collectionAnswer(context: RouteContext, table: TableMetadata, options: string, prefer: string): Promise<ApiAnswer> {
  const size = /odata\.maxpagesize=(\d+)/.exec(prefer)?.[1];
  const asked = size === undefined ? undefined : Number(size);
  const pageSize = asked ?? context.maxPageSize ?? DEFAULT_PAGE_SIZE;
  const result = await context.organization.retrieveMultipleRecords(table.logicalName, options, pageSize);
  const body: Record<string, unknown> = { "@odata.context": contextUrl(context, table, false), value: result.entities };
  if (result.nextLink)
    body["@odata.nextLink"] = result.nextLink.replace(`${IN_MEMORY_ORGANIZATION_URI}${WEB_API_PATH}`, `${context.origin}${WEB_API_PATH}`);
  return { status: 200, headers: asked === undefined ? {} : { "Preference-Applied": `odata.maxpagesize=${asked}` }, body };
}

/**
 * "Create a table row using the Web API" (webapi/create-entity-web-api): 204 No Content with the
 * new row's URL in `OData-EntityId`; with `Prefer: return=representation`, 201 and the row.
 */
async function createAnswer(context: RouteContext, table: TableMetadata, data: RecordData, prefer: string): Promise<ApiAnswer> {
  const refused = await context.webhooks?.beforeWrite("Create", table, undefined, data);
  if (refused) return refused;
  const created = await context.organization.createRecord(table.logicalName, data);
  return withAsyncSteps(context, await writtenAnswer(context, table, created.id, prefer, 201), "Create", table, created.id, data);
}

/** The answer of a request that commits on its own: its asynchronous steps start now. */
export function committed(answer: ApiAnswer): ApiAnswer {
  answer.afterCommit?.();
  return answer;
}

/** The answer with its asynchronous steps to start on commit, when the double dispatches webhooks. */
function withAsyncSteps(
  context: RouteContext,
  answer: ApiAnswer,
  message: "Create" | "Update",
  table: TableMetadata,
  id: string,
  data: RecordData,
): ApiAnswer {
  const { webhooks } = context;
  return webhooks ? { ...answer, afterCommit: () => webhooks.afterWrite(message, table, id, data) } : answer;
}

async function writtenAnswer(
  context: RouteContext,
  table: TableMetadata,
  id: string,
  prefer: string,
  representationStatus: number,
): Promise<ApiAnswer> {
  const entityId = `${context.origin}${WEB_API_PATH}${table.entitySetName}(${id})`;
  if (!/return=representation/.test(prefer)) return { status: 204, headers: { "OData-EntityId": entityId }, wrote: true };
  const row = await context.organization.retrieveRecord(table.logicalName, id);
  return {
    status: representationStatus,
    headers: { "OData-EntityId": entityId },
    body: { "@odata.context": contextUrl(context, table, true), ...row },
    wrote: true,
  };
}

/**
 * "Update and delete table rows using the Web API" (webapi/update-delete-entities-using-web-api)
 * and "Use Upsert to Create or Update a record" (use-upsert-insert-update-record): a PATCH to a
 * row that does not exist creates it (upsert) unless `If-Match: *` forbids creating (404 then);
 * `If-None-Match: *` forbids updating (412 when the row exists).
 */
async function patchAnswer(
  context: RouteContext,
  table: TableMetadata,
  id: string,
  data: RecordData,
  headers: Readonly<Record<string, string | undefined>>,
): Promise<ApiAnswer> {
  const { organization } = context;
  const exists = await organization.retrieveRecord(table.logicalName, id, `?$select=${table.primaryIdAttribute}`).then(
    () => true,
    () => false,
  );
  if (headers["if-none-match"] === "*" && exists)
    return errorAnswer(412, Codes.DuplicateRecord, "A record with matching key values already exists.");
  const message = headers["if-match"] === "*" || exists ? "Update" : "Create";
  const refused = await context.webhooks?.beforeWrite(message, table, id, data);
  if (refused) return refused;
  if (message === "Update") {
    await organization.updateRecord(table.logicalName, id, data);
  } else {
    await organization.createRecord(table.logicalName, { ...data, [table.primaryIdAttribute]: id });
  }
  return withAsyncSteps(context, await writtenAnswer(context, table, id, headers.prefer ?? "", 200), message, table, id, data);
}

/** "Query table definitions using the Web API": one table's definition, its attributes with `$expand=Attributes`, options by cast. */
function metadataAnswer(context: RouteContext, logicalName: string, cast: string | undefined, query: URLSearchParams): ApiAnswer {
  const table = Object.prototype.hasOwnProperty.call(context.tables, logicalName) ? context.tables[logicalName] : undefined;
  // 404 for a table the org does not have; the platform's exact code and wording for it are not
  // documented, so these are the double's own (ObjectDoesNotExist, as for a missing row).
  if (!table) return errorAnswer(404, Codes.ObjectDoesNotExist, `Could not find an entity with name '${logicalName}'.`);
  const base = `${context.origin}${WEB_API_PATH}$metadata#EntityDefinitions('${logicalName}')`;
  if (cast === undefined) {
    const expand = (query.get("$expand") ?? "").split(",").map((part) => part.trim().split("(")[0]);
    return { status: 200, headers: {}, body: { "@odata.context": base, ...entityDocument(table, expand.includes("Attributes")) } };
  }
  const types = Object.prototype.hasOwnProperty.call(OPTION_SET_CASTS, cast) ? OPTION_SET_CASTS[cast] : undefined;
  if (!types) return notFoundSegment(cast);
  return { status: 200, headers: {}, body: { "@odata.context": `${base}/Attributes/${cast}`, value: optionSetDocuments(table, types) } };
}

const contextUrl = (context: RouteContext, table: TableMetadata, single: boolean) =>
  `${context.origin}${WEB_API_PATH}$metadata#${table.entitySetName}${single ? "/$entity" : ""}`;

class BodyError extends Error {}

/** A body the OData layer cannot read is refused before Dataverse sees it: 400, code 0x0 (as the unknown-property refusal). */
function parseBody(text: string): RecordData {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw Object.assign(new BodyError("The request body is not valid JSON."), { errorCode: 0, status: 400 });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw Object.assign(new BodyError("The request body must be a JSON object."), { errorCode: 0, status: 400 });
  }
  return parsed as RecordData;
}
