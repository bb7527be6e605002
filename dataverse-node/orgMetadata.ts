import { readFile, writeFile } from "node:fs/promises";

/**
 * A table's definition as the org serves it, read with the requests "Query table definitions using
 * the Web API" shows (learn.microsoft.com/power-apps/developer/data-platform/webapi/query-metadata-web-api):
 * the table with `$expand=Attributes` (each attribute with its derived type's members: MaxLength,
 * MinValue/MaxValue, Precision, Targets, RequiredLevel, IsValidForCreate/Update), then the
 * options of each choice type, which `$expand=Attributes` leaves out: the Attributes collection
 * cast to Picklist-, State- and StatusAttributeMetadata with `$expand=OptionSet`.
 *
 * Kept as the org's own words (`--metadata FILE` saves and reuses exactly this), and turned into
 * the project's TableMetadata by tableFromMetadata.ts.
 */

export type AttributeDocument = Record<string, unknown>;

export interface OrgTableDefinition {
  /** Format of this file, for whoever reads a saved one later. */
  kind: "dataverse-table-definition";
  version: 1;
  table: string;
  /** The org it was read from (an address, no secret). */
  org: string;
  retrievedOn: string;
  entity: Record<string, unknown> & { Attributes: AttributeDocument[] };
  /** Attributes with their OptionSet, by the cast that read them. */
  optionSets: Record<string, AttributeDocument[]>;
}

export const OPTION_SET_CASTS = [
  "Microsoft.Dynamics.CRM.PicklistAttributeMetadata",
  "Microsoft.Dynamics.CRM.StateAttributeMetadata",
  "Microsoft.Dynamics.CRM.StatusAttributeMetadata",
] as const;

/** What reading needs of a connection: a GET of a Web API path (NodeDataverseClient.get). */
export interface MetadataReader {
  get<T = unknown>(path: string): Promise<T>;
}

const TABLE_MEMBERS = "LogicalName,SchemaName,EntitySetName,PrimaryIdAttribute,PrimaryNameAttribute,DisplayName";

export async function readOrgTableDefinition(
  reader: MetadataReader,
  org: string,
  table: string,
  now: () => Date = () => new Date(),
): Promise<OrgTableDefinition> {
  if (!/^[a-z0-9_]+$/.test(table)) throw new Error(`Not a table logical name: ${table}`);
  const base = `EntityDefinitions(LogicalName='${table}')`;
  const entity = withoutODataKeys(await reader.get<Record<string, unknown>>(`${base}?$select=${TABLE_MEMBERS}&$expand=Attributes`));
  if (!Array.isArray(entity.Attributes)) throw new Error(`The org's definition of ${table} came without attributes.`);
  const optionSets: Record<string, AttributeDocument[]> = {};
  for (const cast of OPTION_SET_CASTS) {
    const answer = await reader.get<{ value?: AttributeDocument[] }>(`${base}/Attributes/${cast}?$select=LogicalName&$expand=OptionSet`);
    optionSets[cast] = (answer.value ?? []).map(withoutODataKeys);
  }
  return {
    kind: "dataverse-table-definition",
    version: 1,
    table,
    org,
    retrievedOn: now().toISOString(),
    entity: { ...entity, Attributes: (entity.Attributes as AttributeDocument[]).map(withoutODataKeys) },
    optionSets,
  };
}

export async function saveTableDefinition(file: string, definition: OrgTableDefinition): Promise<void> {
  await writeFile(file, `${JSON.stringify(definition, null, 2)}\n`, "utf8");
}

export async function loadTableDefinition(file: string, table: string): Promise<OrgTableDefinition> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, "utf8"));
  } catch (reason) {
    throw new Error(`Cannot read the metadata file ${file}: ${reason instanceof Error ? reason.message : String(reason)}`);
  }
  const definition = parsed as Partial<OrgTableDefinition>;
  if (definition?.kind !== "dataverse-table-definition" || definition.version !== 1 || !Array.isArray(definition.entity?.Attributes)) {
    throw new Error(`${file} is not a table definition saved by --metadata.`);
  }
  if (definition.table !== table) throw new Error(`${file} holds the definition of ${String(definition.table)}, not ${table}.`);
  return definition as OrgTableDefinition;
}

/** `@odata.context` and the like say where an answer came from; they are not the definition. Types (`@odata.type`) stay. */
function withoutODataKeys<T extends Record<string, unknown>>(document: T): T {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(document)) if (key === "@odata.type" || !key.startsWith("@odata.")) copy[key] = value;
  return copy as T;
}
