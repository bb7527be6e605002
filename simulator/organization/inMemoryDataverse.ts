import { ColumnMetadata, TableMetadata, TABLES } from "../../plugins-shim/schema";
import {
  bindTargetId,
  bindTargetTable,
  Diagnostic,
  initialState,
  guidOrUndefined,
  KeyPairs,
  KeyValue,
  isLookupColumn,
  LOOKUP_TABLE_ANNOTATION,
  meaningOfKey,
  normalizeGuid,
  parseBindValue,
  statusForStateProblem,
  validateRecord,
} from "../../plugins-shim/rules";
import { UNIQUE_COLUMNS, uniqueValueOf } from "../../plugins-shim/rules/uniqueValues";
import {
  DataverseClient,
  DataverseError,
  EntityReference,
  RecordData,
  RetrieveMultipleResult,
} from "../../plugins-shim/client/DataverseClient";
import { dataverseError, OrganizationErrorCodes as Codes } from "./dataverseErrors";
import { ErrorCodes } from "../../plugins-shim/client/errorCodes";
import { computePlatformColumns } from "./platformColumns";
import { matchesFilter, ODataQuery, ODataQueryError, parseODataQuery } from "./odataQuery";

/**
 * An in-memory Dataverse organization behind the `DataverseClient` interface: the embedded
 * default of the pipeline, the tests and the commands. It enforces the schema the way the server
 * does and rejects like `context.webAPI` with `{ errorCode, message }`.
 *
 * Required columns: by default it follows the SERVER, which enforces only systemRequired columns
 * (an application-required column is a form rule and a Web API create succeeds without it).
 * `requiredLevel: "form"` also enforces applicationRequired, for tests that want the form's view.
 */

/** Columns whose combined value must be unique in a table, and the code a clash rejects with. */
export interface UniqueKey {
  columns: readonly string[];
  errorCode: number;
}

/**
 * The unique columns of rules/uniqueValues.ts (the one rule `validate` applies within a file):
 * WhatsApp accounts' name as the record's key (refused as a duplicate record, 0x80040237), the
 * Account SID by a duplicate-detection rule (0x80040333).
 */
export const DEFAULT_UNIQUE_KEYS: Readonly<Record<string, readonly UniqueKey[]>> = Object.fromEntries(
  Object.entries(UNIQUE_COLUMNS).map(([table, keys]) => [
    table,
    keys.map(({ columns, rule }) => ({
      columns,
      errorCode: rule === "key" ? ErrorCodes.DuplicateRecord : ErrorCodes.DuplicateDetectionRule,
    })),
  ]),
);

export interface RequestInfo {
  operation: "create" | "update" | "delete" | "retrieve" | "retrieveMultiple";
  table: string;
  id?: string;
  data?: Readonly<RecordData>;
}

export interface InMemoryDataverseOptions {
  tables?: Readonly<Record<string, TableMetadata>>;
  /** "server" (default): only systemRequired is enforced; "form": applicationRequired as well. */
  requiredLevel?: "server" | "form";
  uniqueKeys?: Readonly<Record<string, readonly UniqueKey[]>>;
  /**
   * Alternate keys by table: the column sets a bind may name a row by (`/contacts(emailaddress1='…')`).
   * None by default: "Most Dataverse tables won't have alternate keys unless they have been
   * customized to include them" ("Use an alternate key to reference a record").
   */
  alternateKeys?: Readonly<Record<string, readonly (readonly string[])[]>>;
  /**
   * Simulates columns the platform fills after save (the Twilio inbound URL). The returned
   * columns are merged into the stored record; a promise is merged when it settles, so a test can
   * make the value appear later than the create.
   */
  afterCreate?: (table: string, record: Readonly<RecordData>) => RecordData | void | Promise<RecordData | void>;
  /** Fault injection: return an error to reject the request with it (429, 5xx, privilege...). */
  intercept?: (request: RequestInfo) => DataverseError | undefined;
  /** false: writing a secured column is refused like a user without a column security profile. */
  securedColumnsWritable?: boolean;
  newId?: () => string;
}

const LOOKUP_TABLE = LOOKUP_TABLE_ANNOTATION;
const isLookup = isLookupColumn;
/** The name a column is read by: `_x_value` for lookups, the logical name otherwise. */
export const readName = (column: ColumnMetadata): string => (isLookup(column) ? `_${column.logicalName}_value` : column.logicalName);

const copy = <T>(value: T): T => structuredClone(value);

export class InMemoryDataverse implements DataverseClient {
  private readonly tables: Readonly<Record<string, TableMetadata>>;
  private readonly store = new Map<string, Map<string, RecordData>>();
  private readonly options: InMemoryDataverseOptions;

  constructor(options: InMemoryDataverseOptions = {}) {
    this.options = options;
    this.tables = options.tables ?? TABLES;
  }

  async createRecord(table: string, data: RecordData): Promise<EntityReference> {
    this.check({ operation: "create", table, data });
    const metadata = this.metadata(table);
    this.rejectInvalid(metadata, data, "create");
    this.rejectSecured(metadata, data, "create");
    const values = this.normalize(metadata, data, false);
    const id = this.newIdFor(metadata, values);
    this.applyCreateDefaults(metadata, values);
    this.rejectDuplicates(metadata, values, id);
    Object.assign(values, computePlatformColumns(table, values));
    this.rows(table).set(id, values);
    this.runAfterCreate(table, id, values);
    return { id, entityType: table };
  }

  async updateRecord(table: string, id: string, data: RecordData): Promise<EntityReference> {
    this.check({ operation: "update", table, id, data });
    const metadata = this.metadata(table);
    const existing = this.existing(metadata, id);
    this.rejectInvalid(metadata, data, "update");
    this.rejectSecured(metadata, data, "update");
    const changes = this.normalize(metadata, data, false);
    delete changes[metadata.primaryIdAttribute];
    if (typeof changes.statecode === "number" && !("statuscode" in changes)) {
      changes.statuscode = defaultStatus(metadata, changes.statecode);
    }
    const merged = { ...existing, ...changes };
    Object.assign(merged, computePlatformColumns(table, merged));
    this.rejectStatusForState(metadata, merged);
    const key = normalizeGuid(id);
    this.rejectDuplicates(metadata, merged, key);
    this.rows(table).set(key, merged);
    return { id: key, entityType: table };
  }

  async deleteRecord(table: string, id: string): Promise<EntityReference> {
    this.check({ operation: "delete", table, id });
    const metadata = this.metadata(table);
    this.existing(metadata, id);
    const key = normalizeGuid(id);
    this.rows(table).delete(key);
    return { id: key, entityType: table };
  }

  async retrieveRecord(table: string, id: string, options?: string): Promise<RecordData> {
    this.check({ operation: "retrieve", table, id });
    const metadata = this.metadata(table);
    const query = this.parse(metadata, options);
    return this.project(metadata, this.existing(metadata, id), query.select);
  }

  async retrieveMultipleRecords(table: string, options?: string, maxPageSize?: number): Promise<RetrieveMultipleResult> {
    this.check({ operation: "retrieveMultiple", table });
    const metadata = this.metadata(table);
    const query = this.parse(metadata, options);
    const filter = query.filter;
    const matching = [...this.rows(table).values()].filter((record) => !filter || matchesFilter(record, filter));
    const limited = query.top === undefined ? matching : matching.slice(0, query.top);
    const start = query.skip ?? 0;
    // At most 5,000 rows a page, asked for or not: "If you do not specify this parameter, the
    // default value is passed as 5,000" (PCF webAPI retrieveMultipleRecords reference) and "The
    // service ignores max page size requests larger than 5,000" (Web API, "Page results by using OData").
    const pageSize = Math.min(maxPageSize && maxPageSize > 0 ? maxPageSize : MAX_PAGE_SIZE, MAX_PAGE_SIZE);
    const page = limited.slice(start, start + pageSize);
    const entities = page.map((record) => this.project(metadata, record, query.select));
    const more = start + pageSize < limited.length;
    return more ? { entities, nextLink: nextLinkFor(metadata, options, start + pageSize) } : { entities };
  }

  /**
   * Loads existing rows (the `--existing` file of the intake command, test fixtures). Unlike
   * create, it takes ids, `_x_value` lookups and statecode as stored (`validateRecord`'s "read"
   * shape); values are still checked, and a lookup to a table this organization holds must point
   * at a row already loaded.
   */
  seed(table: string, records: readonly RecordData[]): string[] {
    const metadata = this.metadata(table);
    return records.map((record) => {
      const problems = validateRecord(metadata, record, { operation: "create", shape: "read" });
      if (problems.length > 0) throw toError(metadata, problems[0]);
      const values = this.normalize(metadata, record, true);
      this.rejectDanglingReads(metadata, values);
      const id = this.newIdFor(metadata, values);
      if (typeof values.statecode !== "number") this.applyCreateDefaults(metadata, values);
      for (const [name, value] of Object.entries(computePlatformColumns(table, values))) values[name] ??= value;
      this.rejectDuplicates(metadata, values, id);
      this.rows(table).set(id, values);
      return id;
    });
  }

  private check(request: RequestInfo): void {
    const fault = this.options.intercept?.(request);
    if (fault) throw fault;
  }

  private metadata(table: string): TableMetadata {
    const metadata = Object.prototype.hasOwnProperty.call(this.tables, table) ? this.tables[table] : undefined;
    if (!metadata) throw dataverseError(Codes.ResourceNotFound, `Resource not found for the segment '${table}'.`, 404);
    return metadata;
  }

  private rows(table: string): Map<string, RecordData> {
    let rows = this.store.get(table);
    if (!rows) {
      rows = new Map();
      this.store.set(table, rows);
    }
    return rows;
  }

  private existing(metadata: TableMetadata, id: string): RecordData {
    const key = guidOrUndefined(id);
    const found = key ? this.rows(metadata.logicalName).get(key) : undefined;
    if (!found) {
      throw dataverseError(Codes.ObjectDoesNotExist, `${metadata.logicalName} With Id = ${id} Does Not Exist`, 404);
    }
    return found;
  }

  private parse(metadata: TableMetadata, options: string | undefined): ODataQuery {
    let query: ODataQuery;
    try {
      query = parseODataQuery(options);
    } catch (error) {
      if (error instanceof ODataQueryError) throw dataverseError(Codes.InvalidQuery, error.message, 400);
      throw error;
    }
    const known = new Set([metadata.primaryIdAttribute, ...Object.values(metadata.columns).map(readName)]);
    const columns = [...(query.select ?? []), ...filterColumns(query.filter)];
    const unknown = columns.find((column) => !known.has(column));
    if (unknown) {
      throw dataverseError(
        Codes.UnknownProperty,
        `Could not find a property named '${unknown}' on type 'Microsoft.Dynamics.CRM.${metadata.logicalName}'.`,
        400,
      );
    }
    return query;
  }

  private rejectInvalid(metadata: TableMetadata, data: RecordData, operation: "create" | "update"): void {
    const enforceApplication = this.options.requiredLevel === "form";
    const problems = validateRecord(metadata, data, { operation }).filter((found) => {
      if (found.code !== "required") return true;
      const column = metadata.columns[found.column];
      return enforceApplication || column?.requiredLevel === "systemRequired";
    });
    if (problems.length > 0) throw toError(metadata, problems[0]);
  }

  private rejectSecured(metadata: TableMetadata, data: RecordData, operation: "create" | "update"): void {
    if (this.options.securedColumnsWritable !== false) return;
    if (Object.keys(data).some((key) => metadata.columns[key]?.secured)) throw dataverseError(...SECURED_COLUMN_REFUSALS[operation], 403);
  }

  /**
   * Turns a record that `validateRecord` passed into stored columns: `x@odata.bind` → `_x_value`
   * (+ its table). Keys mean what the rules say they mean (`meaningOfKey`): no second parser.
   */
  private normalize(metadata: TableMetadata, data: RecordData, seeding: boolean): RecordData {
    const values: RecordData = {};
    for (const [key, value] of Object.entries(data)) {
      const meaning = meaningOfKey(metadata, key);
      if (meaning.kind === "column") {
        // A lookup under its plain name never gets here: validateRecord refuses it (the Web API has no such property).
        if (key === metadata.primaryIdAttribute) values[key] = typeof value === "string" ? value.toLowerCase() : value;
        else values[key] = copy(value);
      } else if (meaning.kind === "bind") {
        this.storeBinding(meaning.column, meaning.target, value, values);
      } else if (seeding && meaning.kind === "lookupRead") {
        values[key] = typeof value === "string" ? value.toLowerCase() : null;
        const only = meaning.column.targets?.length === 1 ? meaning.column.targets[0] : undefined;
        if (only && typeof value === "string") values[`${key}${LOOKUP_TABLE}`] ??= only;
      } else if (seeding && meaning.kind === "lookupTable") {
        values[key] = value;
      }
      // Other annotations (`@odata.etag`, formatted values) carry nothing to store.
    }
    return values;
  }

  private storeBinding(column: ColumnMetadata, navigationTarget: string | undefined, value: unknown, values: RecordData): void {
    const name = readName(column);
    if (value === null) {
      values[name] = null;
      return;
    }
    // validateRecord has accepted the value: it parses and its entity set is one of the targets.
    const bind = parseBindValue(value)!;
    const targetName = bindTargetTable(column, bind.entitySet, navigationTarget)!;
    const target = this.heldTable(targetName);
    let id = bindTargetId(bind, targetName);
    if (id === undefined) id = this.findByAlternateKey(targetName, bind.key!);
    else if (target) this.existing(target, id);
    values[name] = id;
    values[`${name}${LOOKUP_TABLE}`] = targetName;
  }

  /**
   * The row a bind names by alternate key ("Use an alternate key to reference a record",
   * MicrosoftDocs/powerapps-docs): the key's columns must be those of a key defined for the table
   * (`alternateKeys`; otherwise 400 with the page's text, code 0x0 as the OData layer refuses), and
   * a row must hold those values (otherwise 404, ObjectDoesNotExist; the server's text is
   * unconfirmed). Text compares case-insensitively, as Dataverse compares text. A table this
   * organization holds no rows of (account, systemuser) has no row to find.
   */
  private findByAlternateKey(table: string, key: KeyPairs): string {
    const names = key.map(([name]) => name).sort();
    const defined = (this.options.alternateKeys?.[table] ?? []).some((columns) => [...columns].sort().join() === names.join());
    if (!defined) {
      const type = `Microsoft.Dynamics.CRM.${table}`;
      throw dataverseError(
        Codes.UnknownProperty,
        `The key in the request URI is not valid for resource '${type}'. Ensure that the names and number of key properties match the declared or alternate key properties for the resource '${type}'.`,
        400,
      );
    }
    const held = this.heldTable(table);
    const rows = held ? [...this.rows(table)] : [];
    const found = rows.find(([, row]) => key.every(([name, expected]) => keyValueMatches(row[name], expected)));
    if (!found)
      throw dataverseError(Codes.ObjectDoesNotExist, `A record with the specified key values does not exist in ${table} entity.`, 404);
    return found[0];
  }

  /** The metadata of a table this organization stores rows of (not account, systemuser...). */
  private heldTable(table: string): TableMetadata | undefined {
    return Object.prototype.hasOwnProperty.call(this.tables, table) ? this.tables[table] : undefined;
  }

  /**
   * A seeded `_x_value` must point at a row already loaded when its table is one this
   * organization holds; a row of a table it doesn't model (a user, a team) is taken as given.
   * Without its `@Microsoft.Dynamics.CRM.lookuplogicalname` annotation (a plain export: the Web API
   * sends it only when the request asks for annotations, `Prefer: odata.include-annotations`,
   * "Query data using the Web API") the table is found among the column's targets: the one loaded
   * row with that id; none, or rows of two tables (a contact and an account with the same id), is
   * refused rather than stored without its table.
   */
  private rejectDanglingReads(metadata: TableMetadata, values: RecordData): void {
    for (const column of Object.values(metadata.columns)) {
      const name = readName(column);
      const id = values[name];
      if (!isLookup(column) || typeof id !== "string") continue;
      const named = values[`${name}${LOOKUP_TABLE}`];
      const candidates = typeof named === "string" ? [named] : (column.targets ?? []);
      const held = candidates.map((table) => this.heldTable(table)).filter((table): table is TableMetadata => !!table);
      if (held.length < candidates.length) continue;
      const found = held.filter((table) => this.rows(table.logicalName).has(id));
      if (found.length === 0) {
        throw dataverseError(
          Codes.ObjectDoesNotExist,
          `'${name}' points at ${held.map((table) => table.logicalName).join(" or ")} ${id}, which does not exist.`,
          404,
        );
      }
      if (found.length > 1) {
        throw dataverseError(
          ErrorCodes.BusinessRule,
          `'${name}' ${id} matches a row of ${found.map((table) => table.logicalName).join(" and of ")}: give '${name}${LOOKUP_TABLE}' to say which.`,
          400,
        );
      }
      values[`${name}${LOOKUP_TABLE}`] = found[0].logicalName;
    }
  }

  private newIdFor(metadata: TableMetadata, values: RecordData): string {
    const given = values[metadata.primaryIdAttribute];
    const id = typeof given === "string" ? normalizeGuid(given) : this.generateId();
    if (this.rows(metadata.logicalName).has(id)) {
      throw dataverseError(ErrorCodes.DuplicateRecord, `A record with id ${id} already exists.`, 412);
    }
    values[metadata.primaryIdAttribute] = id;
    return id;
  }

  private generateId(): string {
    return (this.options.newId ?? (() => globalThis.crypto.randomUUID()))().toLowerCase();
  }

  private applyCreateDefaults(metadata: TableMetadata, values: RecordData): void {
    for (const column of Object.values(metadata.columns)) {
      if (values[column.logicalName] === undefined && column.defaultValue !== undefined) {
        values[column.logicalName] = column.defaultValue;
      }
    }
    const state = initialState(metadata);
    if (state === undefined) return;
    values.statecode = state;
    if (values.statuscode === undefined || values.statuscode === null) {
      values.statuscode = defaultStatus(metadata, state);
    }
  }

  private rejectStatusForState(metadata: TableMetadata, values: RecordData): void {
    const problem = statusForStateProblem(metadata, values.statecode, values.statuscode);
    if (problem) throw toError(metadata, problem);
  }

  private rejectDuplicates(metadata: TableMetadata, values: RecordData, id: string): void {
    // A defined alternate key is unique too: a second row with its values is refused (0x80060892).
    const alternate = (this.options.alternateKeys?.[metadata.logicalName] ?? []).map((columns) => ({
      columns,
      errorCode: ErrorCodes.DuplicateAlternateKey,
    }));
    const keys = [...((this.options.uniqueKeys ?? DEFAULT_UNIQUE_KEYS)[metadata.logicalName] ?? []), ...alternate];
    for (const key of keys) {
      const mine = uniqueValueOf(values, key.columns);
      if (mine === undefined) continue;
      for (const [otherId, other] of this.rows(metadata.logicalName)) {
        if (otherId !== id && uniqueValueOf(other, key.columns) === mine) throw duplicateError(metadata, key);
      }
    }
  }

  private runAfterCreate(table: string, id: string, values: RecordData): void {
    const generated = this.options.afterCreate?.(table, copy(values));
    const merge = (columns: RecordData | void) => {
      const stored = this.rows(table).get(id);
      if (columns && stored) Object.assign(stored, copy(columns));
    };
    if (generated instanceof Promise) void generated.then(merge, () => undefined);
    else merge(generated);
  }

  private project(metadata: TableMetadata, record: RecordData, select: readonly string[] | undefined): RecordData {
    const names = select ?? [metadata.primaryIdAttribute, ...Object.values(metadata.columns).map(readName)];
    const result: RecordData = { [metadata.primaryIdAttribute]: record[metadata.primaryIdAttribute] };
    for (const name of names) {
      result[name] = record[name] ?? null;
      const table = record[`${name}${LOOKUP_TABLE}`];
      if (table !== undefined) result[`${name}${LOOKUP_TABLE}`] = table;
    }
    return copy(result);
  }
}

/**
 * A write to a secured column without a column security profile granting it: the codes and texts
 * of Microsoft's Web service error codes (MicrosoftDocs/powerapps-docs
 * includes/data-service-error-codes.md), HTTP 403 as "Compose HTTP requests and handle errors"
 * lists both names. The server's text names no column.
 */
const SECURED_COLUMN_REFUSALS: Readonly<Record<"create" | "update", readonly [number, string]>> = {
  create: [
    Codes.AttributePrivilegeCreateIsMissing,
    "The user does not have create permissions to a secured field. The requested operation could not be completed.",
  ],
  update: [
    Codes.AttributePermissionUpdateIsMissingDuringUpdate,
    "The user doesn't have AttributePrivilegeUpdate and not granted shared access for a secured attribute during update operation",
  ],
};

function defaultStatus(metadata: TableMetadata, state: number): number | undefined {
  return metadata.columns.statuscode?.choices?.find((choice) => choice.state === state)?.value;
}

/**
 * A clash, as the Web API answers it. A duplicate-detection rule (0x80040333): HTTP 500 and the text
 * of "Detect duplicate data using the Web API" (MicrosoftDocs/powerapps-docs webapi/
 * manage-duplicate-detection-create-update.md), on create and on update; note that "Use optional
 * parameters" shows 412 for the same code, so no consumer may read the status (errors.ts classifies
 * by code first). A key clash: 412, which "Compose HTTP requests and handle errors" documents for
 * DuplicateRecord (the status of the alternate-key code is unconfirmed; 412 is kept for it).
 */
function duplicateError(metadata: TableMetadata, key: UniqueKey): DataverseError {
  if (key.errorCode === ErrorCodes.DuplicateDetectionRule) {
    return dataverseError(
      key.errorCode,
      "A record was not created or updated because a duplicate of the current record already exists.",
      500,
    );
  }
  return dataverseError(key.errorCode, `A record with the same ${key.columns.join(", ")} already exists in ${metadata.logicalName}.`, 412);
}

/** A stored value against a key predicate's value: text case-insensitively, numbers by value, GUIDs as GUIDs. */
function keyValueMatches(stored: unknown, expected: KeyValue): boolean {
  if (expected.kind === "string") return typeof stored === "string" && stored.toLowerCase() === expected.value.toLowerCase();
  if (expected.kind === "number") return typeof stored === "number" && stored === Number(expected.text);
  return typeof stored === "string" && guidOrUndefined(stored) === expected.value;
}

function filterColumns(node: ODataQuery["filter"]): string[] {
  if (!node) return [];
  return node.kind === "and" ? [...filterColumns(node.left), ...filterColumns(node.right)] : [node.column];
}

/**
 * Where this organization pretends to live, for the URLs it hands out: a placeholder in the form
 * of a Dataverse organization URI (https://<environment>.crm.dynamics.com, "Compose HTTP requests
 * and handle errors"), and the Web API path (v9.2, the current version; the access messages of
 * accessOrganization.ts answer under it too). Nothing is ever requested from it. (Two constants: an absolute Web API URL literal is what the Power
 * Apps checker's use-relative-uri rule flags in code that does send requests.)
 */
export const IN_MEMORY_ORGANIZATION_URI = "https://contoso.crm.dynamics.com";
export const IN_MEMORY_WEB_API_PATH = "/api/data/v9.2/";

/** The largest page the Web API returns (retrieveMultipleRecords; "Page results by using OData"). */
export const MAX_PAGE_SIZE = 5000;

/**
 * A whole URL, as context.webAPI answers ("[Organization URI]/api/data/v9.0/accounts?$select=name
 * &$skiptoken=…", retrieveMultipleRecords reference): the caller's options with a `$skiptoken`
 * (here an offset, not the server's paging cookie). Callers pass its query part back.
 */
function nextLinkFor(metadata: TableMetadata, options: string | undefined, offset: number): string {
  const rest = (options ?? "")
    .replace(/^\?/, "")
    .split("&")
    .filter((part) => part !== "" && !part.startsWith("$skiptoken="));
  return `${IN_MEMORY_ORGANIZATION_URI}${IN_MEMORY_WEB_API_PATH}${metadata.entitySetName}?${[...rest, `$skiptoken=${offset}`].join("&")}`;
}

/** The server's wording: "too long" names the column and the limit; the rest are business errors. */
function toError(metadata: TableMetadata, found: Diagnostic): DataverseError {
  if (found.code === "maxLength") {
    return dataverseError(
      ErrorCodes.ValueTooLong,
      `A validation error occurred. The length of the '${found.column}' attribute of the '${metadata.logicalName}' entity exceeded the maximum allowed length of '${found.params.max}'.`,
      400,
    );
  }
  const details = Object.entries(found.params)
    .map(([name, value]) => `${name}=${value}`)
    .join(", ");
  return dataverseError(
    ErrorCodes.BusinessRule,
    `'${found.column}' of '${metadata.logicalName}' is not valid (${found.messageKey}${details ? `: ${details}` : ""}).`,
    400,
  );
}
