import { DataverseClient } from "./DataverseClient";
import { createSerialQueue } from "./retry";

/** A DataverseClient that sends one request at a time, whoever calls it. */
export function createSerialClient(client: DataverseClient): DataverseClient {
  const enqueue = createSerialQueue();
  return {
    createRecord: (table, data) => enqueue(() => client.createRecord(table, data)),
    updateRecord: (table, id, data) => enqueue(() => client.updateRecord(table, id, data)),
    deleteRecord: (table, id) => enqueue(() => client.deleteRecord(table, id)),
    retrieveRecord: (table, id, options) => enqueue(() => client.retrieveRecord(table, id, options)),
    retrieveMultipleRecords: (table, options, maxPageSize) => enqueue(() => client.retrieveMultipleRecords(table, options, maxPageSize)),
  };
}
