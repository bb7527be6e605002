import { DataverseClient, EntityReference, RecordData, RetrieveMultipleResult } from "./DataverseClient";
import { toDataverseError } from "./errors";

/**
 * The part of `ComponentFramework.WebApi` the project calls, typed structurally so this file
 * stays host-free (no `context`, no PCF runtime import).
 */
export interface WebApiLike {
  createRecord(entityType: string, data: RecordData): Promise<{ id: string; entityType?: string }>;
  updateRecord(entityType: string, id: string, data: RecordData): Promise<{ id: string; entityType?: string }>;
  deleteRecord(entityType: string, id: string): Promise<{ id: string; entityType?: string }>;
  retrieveRecord(entityType: string, id: string, options?: string): Promise<RecordData>;
  retrieveMultipleRecords(
    entityType: string,
    options?: string,
    maxPageSize?: number,
  ): Promise<{ entities: RecordData[]; nextLink?: string }>;
}

const reference = (table: string, result: { id: string; entityType?: string }): EntityReference => ({
  id: result.id,
  entityType: result.entityType ?? table,
});

/** Every rejection leaves as a `DataverseError` with the code normalized (`errorCode >>> 0`). */
async function normalized<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (reason) {
    throw toDataverseError(reason);
  }
}

/** A `DataverseClient` over `context.webAPI`. */
export function createWebApiClient(webAPI: WebApiLike): DataverseClient {
  return {
    createRecord: (table, data) => normalized(async () => reference(table, await webAPI.createRecord(table, data))),
    updateRecord: (table, id, data) => normalized(async () => reference(table, await webAPI.updateRecord(table, id, data))),
    deleteRecord: (table, id) => normalized(async () => reference(table, await webAPI.deleteRecord(table, id))),
    retrieveRecord: (table, id, options) => normalized(() => webAPI.retrieveRecord(table, id, options)),
    retrieveMultipleRecords: (table, options, maxPageSize) =>
      normalized(async (): Promise<RetrieveMultipleResult> => {
        const result = await webAPI.retrieveMultipleRecords(table, options, maxPageSize);
        return result.nextLink ? { entities: result.entities, nextLink: result.nextLink } : { entities: result.entities };
      }),
  };
}
