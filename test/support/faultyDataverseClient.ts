import { DataverseClient, DataverseError, EntityReference, ErrorCodes, RecordData, RetrieveMultipleResult } from "../../plugins-shim/client";

/**
 * Wraps any DataverseClient and injects the faults a real org produces: throttling (429 with or
 * without Retry-After), 5xx, a lost network connection, and — the nasty one — a failure after
 * the server already did the work (the response is lost on the way back). Faults are queued and
 * consumed in order by the calls they match. It also records every call (method and table only:
 * never data, so no secret is ever kept) and the most requests it saw in flight at once.
 */

export type Method = keyof DataverseClient;

export type FaultKind = "throttled" | "unavailable" | "network" | "afterCommit" | "error";

export interface Fault {
  kind: FaultKind;
  /** Which calls it hits; any method when absent. */
  method?: Method;
  /** How many matching calls fail in a row (default 1). */
  times?: number;
  /** For "throttled": the Retry-After the response carried, in seconds. */
  retryAfterSeconds?: number;
  /** For "error": exactly what to reject with. */
  error?: DataverseError;
}

export const throttledError = (retryAfterSeconds?: number): DataverseError => ({
  errorCode: ErrorCodes.ServiceProtectionRequests,
  message: "Number of requests exceeded the limit of 6000 over time window of 300 seconds.",
  status: 429,
  ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
});

export const unavailableError = (): DataverseError => ({ errorCode: 0, message: "Service Unavailable", status: 503 });

/** What a browser rejects with when the connection drops: a TypeError, not a Dataverse error. */
export const networkError = (): Error => new TypeError("Failed to fetch");

export class FaultyDataverseClient implements DataverseClient {
  readonly calls: { method: Method; table: string }[] = [];
  maxInFlight = 0;
  private inFlight = 0;
  private readonly faults: Fault[] = [];

  constructor(private readonly inner: DataverseClient) {}

  /** Queues a fault; chainable. */
  inject(fault: Fault): this {
    this.faults.push({ times: 1, ...fault });
    return this;
  }

  pendingFaults(): number {
    return this.faults.reduce((sum, fault) => sum + (fault.times ?? 1), 0);
  }

  count(method: Method): number {
    return this.calls.filter((call) => call.method === method).length;
  }

  createRecord(table: string, data: RecordData): Promise<EntityReference> {
    return this.call("createRecord", table, () => this.inner.createRecord(table, data));
  }

  updateRecord(table: string, id: string, data: RecordData): Promise<EntityReference> {
    return this.call("updateRecord", table, () => this.inner.updateRecord(table, id, data));
  }

  deleteRecord(table: string, id: string): Promise<EntityReference> {
    return this.call("deleteRecord", table, () => this.inner.deleteRecord(table, id));
  }

  retrieveRecord(table: string, id: string, options?: string): Promise<RecordData> {
    return this.call("retrieveRecord", table, () => this.inner.retrieveRecord(table, id, options));
  }

  retrieveMultipleRecords(table: string, options?: string, maxPageSize?: number): Promise<RetrieveMultipleResult> {
    return this.call("retrieveMultipleRecords", table, () => this.inner.retrieveMultipleRecords(table, options, maxPageSize));
  }

  private takeFault(method: Method): Fault | undefined {
    const index = this.faults.findIndex((fault) => !fault.method || fault.method === method);
    if (index < 0) return undefined;
    const fault = this.faults[index];
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) this.faults.splice(index, 1);
    return fault;
  }

  private async call<T>(method: Method, table: string, send: () => Promise<T>): Promise<T> {
    this.calls.push({ method, table });
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      // Let other callers run first, so overlapping requests would really overlap.
      await Promise.resolve();
      const fault = this.takeFault(method);
      switch (fault?.kind) {
        case "throttled":
          throw throttledError(fault.retryAfterSeconds);
        case "unavailable":
          throw unavailableError();
        case "network":
          throw networkError();
        case "error":
          throw fault.error;
        case "afterCommit":
          await send();
          throw networkError();
        default:
          return await send();
      }
    } finally {
      this.inFlight -= 1;
    }
  }
}
