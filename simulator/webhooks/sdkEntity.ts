import type { RecordData } from "../../plugins-shim/client";
import type { TableMetadata } from "../../plugins-shim/schema";
import { date, option, ref } from "./remoteContextBuilder";

/**
 * A Web API record turned into the attributes of the SDK Entity a RemoteExecutionContext carries
 * (the shapes of simulator/webhooks/remoteContextBuilder.ts): choices as OptionSetValue, lookups as
 * EntityReference, dates as `/Date(ms)/`, text and numbers as they are. Two inputs:
 * - what a create or update sends: lookups as `nav@odata.bind: "/sets(id)"`;
 * - a stored row as read (the pre-image): lookups as `_x_value` with its
 *   `@Microsoft.Dynamics.CRM.lookuplogicalname` annotation ("Query data using the Web API").
 * Other annotations carry nothing the SDK entity holds and are left out. A stored row's empty
 * columns are left out too (`skipNulls`): a retrieved Entity holds the attributes that have values
 * (the Web API reads them as null) — the double's reading of the SDK, not a quoted page.
 */

const LOOKUP_TABLE = "@Microsoft.Dynamics.CRM.lookuplogicalname";
const BIND = /^\/?([A-Za-z0-9_]+)\(([0-9A-Fa-f-]{36})\)$/;

export function sdkAttributes(
  metadata: TableMetadata,
  tables: Readonly<Record<string, TableMetadata>>,
  record: RecordData,
  skipNulls = false,
): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (skipNulls && value === null) continue;
    if (key.endsWith("@odata.bind")) {
      const navigation = key.slice(0, -"@odata.bind".length);
      const column =
        metadata.columns[navigation] ??
        Object.values(metadata.columns).find((candidate) => navigation.startsWith(`${candidate.logicalName}_`));
      const bind = typeof value === "string" ? BIND.exec(value) : null;
      if (!column) continue;
      const table = bind
        ? (Object.values(tables).find((candidate) => candidate.entitySetName === bind[1])?.logicalName ?? bind[1].replace(/s$/, ""))
        : undefined;
      attributes[column.logicalName] = bind && table ? ref(table, bind[2].toLowerCase()) : null;
      continue;
    }
    const lookup = /^_(.+)_value$/.exec(key);
    if (lookup && metadata.columns[lookup[1]]) {
      const column = metadata.columns[lookup[1]];
      const table = (record[`${key}${LOOKUP_TABLE}`] as string | undefined) ?? column.targets?.[0];
      attributes[column.logicalName] = typeof value === "string" && table ? ref(table, value) : null;
      continue;
    }
    if (key.includes("@")) continue;
    const column = metadata.columns[key];
    if (!column) continue;
    if ((column.type === "choice" || column.type === "state" || column.type === "status") && typeof value === "number")
      attributes[key] = option(value);
    else if (column.type === "datetime" && typeof value === "string") attributes[key] = date(value);
    else attributes[key] = value;
  }
  return attributes;
}
