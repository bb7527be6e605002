import { DynamicsWebApi } from "dynamics-web-api";
import type { Config } from "dynamics-web-api";
import { CancelledError, ClassifiedError, ErrorCodes, withRetry } from "../plugins-shim/client";
import type { DataverseClient, EntityReference, RecordData, RetrieveMultipleResult, RetryOptions } from "../plugins-shim/client";
import { entitySetOf } from "../plugins-shim/schema/entitySets";
import { DataverseRequestError, fromHttpFailure } from "./httpErrors";
import { createLimiter, Limiter } from "./limiter";
import type { OrgTarget } from "./orgUrl";
import { boundedConcurrency } from "./serviceProtection";
import { SignInError } from "./tokenSource";
import { queryMembers, UnsupportedQueryError } from "./webApiQuery";

/**
 * `DataverseClient` for Node over a real org's Web API (or the double of simulator/).
 *
 * Why dynamics-web-api and not plain fetch: the next steps of issue 23 need `$batch` with change
 * sets (one post = one change set, all or nothing), paging by nextLink, alternate keys and the
 * metadata requests; the library does all of these, in Node and in browsers, and is the one the
 * Dataverse community keeps up (MIT, two small dependencies). Writing the multipart `$batch`
 * reader and writer by hand would be most of the work of plain fetch, for nothing the library
 * lacks. What it does not do is added here: bounded concurrency, retries with a bound (it has
 * none, and no 429 handling), one error normaliser (httpErrors.ts → errors.ts), values as the
 * server wrote them. Its quirks, and what is done about each:
 * - `update` and `deleteRecord` swallow some failures unless `propagateErrors` is set: it is.
 * - answers are parsed with a date reviver (ISO text → Date): turned back into ISO text.
 * - annotations get extra keys (`x_Formatted`, `x_LogicalName`, `oDataContext`): removed; the
 *   server's own `@…` keys stay, as `context.webAPI` returns them.
 * - it sends through `http_proxy` / `https_proxy` when set and reads no `NO_PROXY`.
 *
 * Retries and what Cancel means (the `signal`):
 * - reads retry throttling (429, honouring Retry-After), 5xx and broken connections; Cancel
 *   aborts the request on the wire, and a break loses nothing but that answer.
 * - update (PATCH with `If-Match: *`, never an upsert) sets the same values again, so it retries
 *   like a read. delete retries too, and a 404 after a retry counts as done (the first attempt
 *   deleted it).
 * - create retries only throttling (a 429 was never run): after a lost answer or a 5xx the row
 *   may exist, and the error says so (`classifyError(e).ambiguous`) for the caller to look
 *   before creating again.
 * - a write already on the wire is not aborted by Cancel (its result, success included, is
 *   returned); Cancel stops the retries, and a cancel after an ambiguous failure rejects with
 *   `CancelledError(true)`: the write may have been applied (retry.ts).
 */

export interface NodeDataverseClientOptions {
  org: OrgTarget;
  /** Resolves to a bearer token for `org.scope` (tokenSource.ts). */
  getToken: () => Promise<string>;
  /** Requests in flight at once (default 4, never above the platform's 52). */
  concurrency?: number;
  /** Per request, in milliseconds (default 120 s). */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Retry tuning; tests pass a sleep that does not wait. */
  retry?: Omit<RetryOptions, "signal" | "shouldRetry">;
  /** One line per retry, for progress on stderr. Never holds a token. */
  log?: (line: string) => void;
}

type Operation = "read" | "create" | "update" | "delete";

/** One write of a change set (executeChangeSet). */
export type ChangeSetOperation =
  | { kind: "create"; table: string; data: RecordData; contentId?: string }
  | { kind: "update"; table: string; id: string; data: RecordData; contentId?: string }
  | { kind: "delete"; table: string; id: string; contentId?: string };

const RETRY_POLICY: Readonly<Record<Operation, (error: ClassifiedError) => boolean>> = {
  read: (error) => error.retryable,
  update: (error) => error.retryable,
  delete: (error) => error.retryable,
  create: (error) => error.retryable && !error.ambiguous,
};

/** Keys dynamics-web-api adds beside the server's annotations. */
const LIBRARY_KEYS = /^oData[A-Z]|_(Formatted|LogicalName|NavigationProperty)$/;

export class NodeDataverseClient implements DataverseClient {
  private readonly api: DynamicsWebApi;
  private readonly config: Config;
  private readonly limit: Limiter;

  constructor(private readonly options: NodeDataverseClientOptions) {
    this.limit = createLimiter(boundedConcurrency(options.concurrency));
    this.config = {
      serverUrl: options.org.origin,
      dataApi: { version: "9.2" },
      onTokenRefresh: options.getToken,
      propagateErrors: true,
      timeout: options.timeoutMs ?? 120_000,
    };
    this.api = new DynamicsWebApi(this.config);
  }

  async createRecord(table: string, data: RecordData): Promise<EntityReference> {
    const id = await this.run("create", `create ${table}`, (signal) =>
      this.api.create<RecordData, string>({ collection: setOf(table), data, signal }),
    );
    return { id: String(id).toLowerCase(), entityType: table };
  }

  async updateRecord(table: string, id: string, data: RecordData): Promise<EntityReference> {
    await this.run("update", `update ${table}`, (signal) => this.api.update({ collection: setOf(table), key: id, data, signal }));
    return { id: id.toLowerCase(), entityType: table };
  }

  async deleteRecord(table: string, id: string): Promise<EntityReference> {
    await this.run("delete", `delete ${table}`, async (signal, attempt) => {
      try {
        await this.api.deleteRecord({ collection: setOf(table), key: id, signal });
      } catch (reason) {
        // A retry that finds the row gone: the attempt before deleted it and lost its answer.
        if (attempt > 1 && fromHttpFailure(reason).status === 404) return;
        throw reason;
      }
    });
    return { id: id.toLowerCase(), entityType: table };
  }

  async retrieveRecord(table: string, id: string, options?: string): Promise<RecordData> {
    const { select, ...others } = queryMembers(options, "");
    if (Object.keys(others).length > 0)
      throw new UnsupportedQueryError(`A single row is read with $select only (got ${Object.keys(others).join(", ")}).`);
    const row = await this.run("read", `read ${table}`, (signal) =>
      this.api.retrieve<RecordData>({ collection: setOf(table), key: id, select, signal }),
    );
    return plainRecord(row);
  }

  async retrieveMultipleRecords(table: string, options?: string, maxPageSize?: number): Promise<RetrieveMultipleResult> {
    const collection = setOf(table);
    const { nextPageLink, ...members } = queryMembers(options, `${this.options.org.webApiUrl}${collection}`);
    const answer = await this.run("read", `read ${table}`, (signal) =>
      this.api.retrieveMultiple<RecordData>({ collection, ...members, maxPageSize: maxPageSize || undefined, signal }, nextPageLink),
    );
    const result: RetrieveMultipleResult = { entities: answer.value.map(plainRecord) };
    const next = answer.oDataNextLink ?? (answer as unknown as Record<string, unknown>)["@odata.nextLink"];
    if (typeof next === "string") result.nextLink = next;
    return result;
  }

  /**
   * Writes in one change set of a `$batch`: all of them or none ("Execute batch operations using
   * the Web API", Change sets). A later operation refers to a row an earlier one creates by its
   * `contentId`, as `"$1"` in a `…@odata.bind` value. Answers the id of each operation, in order.
   * Retried only on throttling (nothing ran); after a lost answer or a 5xx the whole set may have
   * been applied, and the error says so (ambiguous) for the caller to look before sending it again.
   * A separate library instance per change set: batch mode is state of the instance, and other
   * requests in flight on the shared one must not join the batch.
   */
  async executeChangeSet(operations: readonly ChangeSetOperation[]): Promise<EntityReference[]> {
    if (operations.length === 0) return [];
    const results = await this.run("create", `change set of ${operations.length}`, async () => {
      const batch = new DynamicsWebApi(this.config);
      batch.startBatch();
      for (const operation of operations) {
        const collection = setOf(operation.table);
        if (operation.kind === "create") void batch.create({ collection, data: operation.data, contentId: operation.contentId });
        else if (operation.kind === "update")
          void batch.update({ collection, key: operation.id, data: operation.data, contentId: operation.contentId });
        else void batch.deleteRecord({ collection, key: operation.id, contentId: operation.contentId });
      }
      return batch.executeBatch({ inChangeSet: true });
    });
    return operations.map((operation, index) => ({
      id: (operation.kind === "create" ? String(results[index]) : operation.id).toLowerCase(),
      entityType: operation.table,
    }));
  }

  /** A GET of any Web API path (metadata requests), with the same limits, retries and errors. */
  async get<T = unknown>(path: string): Promise<T> {
    const url = `${this.options.org.webApiUrl}${path}`;
    return this.run(
      "read",
      `read ${path.split("?")[0]}`,
      (signal) => this.api.retrieveMultiple({ collection: "", signal }, url) as Promise<T>,
    );
  }

  /** One request: a place under the concurrency bound, retries by the operation's policy, one error shape. */
  private run<T>(
    operation: Operation,
    what: string,
    request: (signal: AbortSignal | undefined, attempt: number) => Promise<T>,
  ): Promise<T> {
    const { signal, log } = this.options;
    // Reads may be aborted on the wire; a write on the wire is let finish (see above). A request
    // keeps its place under the bound through its retries' pauses: throttling slows the whole run.
    const wireSignal = operation === "read" ? signal : undefined;
    return this.limit(() =>
      withRetry(
        async (attempt) => {
          try {
            return await request(wireSignal, attempt);
          } catch (reason) {
            if (reason instanceof SignInError) throw reason;
            // Cancel aborted the read on the wire: nothing was asked to change.
            if (signal?.aborted && operation === "read") throw new CancelledError();
            throw fromHttpFailure(reason);
          }
        },
        {
          ...this.options.retry,
          signal,
          shouldRetry: RETRY_POLICY[operation],
          onRetry: (progress) =>
            log?.(
              `${what}: ${progress.error.kind} (${progress.error.supportCode}); attempt ${progress.nextAttempt} of ${progress.maxAttempts} in ${Math.ceil(progress.delayMs / 1000)} s`,
            ),
        },
      ),
    );
  }
}

function setOf(table: string): string {
  const set = entitySetOf(table);
  if (!set)
    throw new DataverseRequestError({ errorCode: ErrorCodes.ObjectDoesNotExist, message: `No entity set known for the table '${table}'.` });
  return set;
}

/** The row as the server wrote it: dates as ISO text again, the library's extra keys gone. */
function plainRecord(row: RecordData): RecordData {
  const plain: RecordData = {};
  for (const [key, value] of Object.entries(row)) {
    if (LIBRARY_KEYS.test(key)) continue;
    plain[key] = value instanceof Date ? value.toISOString().replace(/\.000Z$/, "Z") : value;
  }
  return plain;
}
