/**
 * The small slice of the Dataverse Web API the project needs. In a control it wraps
 * `context.webAPI` (ComponentFramework.WebApi has the same shape); in tests and the CLI an
 * in-memory organization that enforces the schema stands behind it.
 */

export type RecordData = Record<string, unknown>;

export interface EntityReference {
  id: string;
  entityType: string;
}

export interface RetrieveMultipleResult {
  entities: RecordData[];
  nextLink?: string;
}

export interface DataverseClient {
  createRecord(table: string, data: RecordData): Promise<EntityReference>;
  updateRecord(table: string, id: string, data: RecordData): Promise<EntityReference>;
  deleteRecord(table: string, id: string): Promise<EntityReference>;
  /** `options` is an OData query string such as "?$select=msdyn_name". */
  retrieveRecord(table: string, id: string, options?: string): Promise<RecordData>;
  /** `options` such as "?$select=msdyn_name&$filter=msdyn_name eq 'Contoso'". */
  retrieveMultipleRecords(table: string, options?: string, maxPageSize?: number): Promise<RetrieveMultipleResult>;
}

/**
 * How `context.webAPI` rejects: `{ errorCode, message }`. `status` and `retryAfterSeconds` are
 * present only where a transport exposes them (context.webAPI hides headers).
 */
export interface DataverseError {
  errorCode: number;
  message: string;
  status?: number;
  retryAfterSeconds?: number;
}
