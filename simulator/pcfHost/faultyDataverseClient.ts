import { DataverseClient, EntityReference, RecordData, RetrieveMultipleResult } from "../../plugins-shim/client";
import { fixtureNamed } from "./platformErrors";

/**
 * Wraps any DataverseClient and injects the faults a real org produces, each rejecting with
 * exactly what `context.webAPI` rejects with (the fixtures of platformErrors.ts, sources named
 * there): service-protection throttling (no Retry-After: webAPI hides headers), a gateway
 * failure, a lost connection, an unexpected server error, and — the nasty one — a failure after
 * the server already did the work (the answer is lost on the way back). Faults are queued and
 * consumed in order by the calls they match. It also records every call (method and table only:
 * never data, so no secret is ever kept) and the most requests it saw in flight at once.
 */

export type Method = keyof DataverseClient;

export type FaultKind = "throttled" | "unavailable" | "network" | "afterCommit" | "error";

export interface Fault {
  kind: FaultKind;
  /** Which calls it hits; any method when absent. */
  method?: Method;
  /** Which table's calls it hits; any table when absent (a number's create, not the account's). */
  table?: string;
  /** How many matching calls fail in a row (default 1). */
  times?: number;
  /**
   * For "error": exactly what to reject with. For "afterCommit": what the lost answer looks like
   * (the network failure by default).
   */
  error?: unknown;
}

/** Service protection, number of requests: `{ errorCode: 0x80072322, message }`, no status, no Retry-After. */
export const throttledError = (): unknown => fixtureNamed("service protection: number of requests").error;

/** A gateway in front of Dataverse failed: no Dataverse code came back. */
export const unavailableError = (): unknown => fixtureNamed("gateway failure").error;

/** The connection dropped: `{ errorCode: 0, message: "Network Error" }`. */
export const networkError = (): unknown => fixtureNamed("network failure").error;

/** 0x80040216 "An unexpected error occurred.": the server may or may not have saved. */
export const unexpectedError = (): unknown => fixtureNamed("unexpected server error").error;

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

  private takeFault(method: Method, table: string): Fault | undefined {
    const index = this.faults.findIndex((fault) => (!fault.method || fault.method === method) && (!fault.table || fault.table === table));
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
      const fault = this.takeFault(method, table);
      switch (fault?.kind) {
        case "throttled":
          throw throttledError();
        case "unavailable":
          throw unavailableError();
        case "network":
          throw networkError();
        case "error":
          throw fault.error;
        case "afterCommit":
          await send();
          throw fault.error ?? networkError();
        default:
          return await send();
      }
    } finally {
      this.inFlight -= 1;
    }
  }
}
