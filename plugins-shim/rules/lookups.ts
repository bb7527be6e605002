import type { ColumnMetadata, TableMetadata } from "../schema/types";
import { entitySetOf } from "../schema/entitySets";
import { guidOrUndefined } from "./guid";
import { ownColumn } from "./recordChecks";
import { BIND_SUFFIX, isLookupColumn, navigationNamesOf } from "./lookupNames";

/**
 * What a record key means, typed from the schema. Lookups have two spellings in the Web API:
 * a create or update WRITES `nav@odata.bind: "/contacts(id)"` (the single-valued navigation
 * property: the column's name, or `column_target` for customer and multi-table lookups), and a
 * read RETURNS `_column_value` plus its `@Microsoft.Dynamics.CRM.lookuplogicalname` annotation.
 * Keys are taken apart with string operations only: a key is user input and may be megabytes long,
 * so nothing here backtracks.
 */

export { LOOKUP_TYPES, isLookupColumn } from "./lookupNames";
export const LOOKUP_TABLE_ANNOTATION = "@Microsoft.Dynamics.CRM.lookuplogicalname";

export { entitySetOf };

export type { RecordShape } from "./recordChecks";

export type KeyMeaning =
  | { kind: "column"; column: ColumnMetadata }
  /** `_x_value`: the read form of a lookup. */
  | { kind: "lookupRead"; column: ColumnMetadata }
  /** `_x_value@Microsoft.Dynamics.CRM.lookuplogicalname`: the table a read lookup points at. */
  | { kind: "lookupTable"; column: ColumnMetadata }
  /** `nav@odata.bind` on a lookup; `target` is fixed by per-table navigation names (customerid_contact). */
  | { kind: "bind"; column: ColumnMetadata; navigation: string; target?: string }
  /** `x@odata.bind` where x is no lookup's navigation property. */
  | { kind: "badBind"; column?: ColumnMetadata }
  /** Any other OData annotation (`@odata.etag`, formatted values): carries nothing to store. */
  | { kind: "annotation" }
  | { kind: "unknown" };

interface Navigation {
  column: ColumnMetadata;
  target?: string;
}

const navigationCache = new WeakMap<TableMetadata, ReadonlyMap<string, Navigation>>();

/**
 * Single-valued navigation properties: owner and single-table lookups bind by the column's name
 * (`ownerid`, `postfromprofileid`); customer and multi-table lookups by `column_target`
 * (`customerid_contact`), Web API "Associate table rows on create".
 */
function navigations(metadata: TableMetadata): ReadonlyMap<string, Navigation> {
  let map = navigationCache.get(metadata);
  if (map) return map;
  const built = new Map<string, Navigation>();
  for (const column of Object.values(metadata.columns)) {
    for (const { name, target } of navigationNamesOf(column)) built.set(name, { column, target });
  }
  map = built;
  navigationCache.set(metadata, map);
  return map;
}

/** The `@odata.bind` keys that set a lookup column, for messages ("customerid_contact@odata.bind"). */
export function bindKeysOf(metadata: TableMetadata, column: ColumnMetadata): string[] {
  return [...navigations(metadata)].filter(([, nav]) => nav.column === column).map(([name]) => `${name}${BIND_SUFFIX}`);
}


/** `_x_value` → x, or undefined. */
function readFormColumn(metadata: TableMetadata, key: string): ColumnMetadata | undefined {
  if (key.length <= "__value".length || !key.startsWith("_") || !key.endsWith("_value")) return undefined;
  const column = ownColumn(metadata, key.slice(1, -"_value".length));
  return column && isLookupColumn(column) ? column : undefined;
}

export function meaningOfKey(metadata: TableMetadata, key: string): KeyMeaning {
  const direct = ownColumn(metadata, key);
  if (direct) return { kind: "column", column: direct };
  const read = readFormColumn(metadata, key);
  if (read) return { kind: "lookupRead", column: read };
  const at = key.indexOf("@");
  if (at < 0) return { kind: "unknown" };
  const property = key.slice(0, at);
  const annotation = key.slice(at);
  if (annotation === BIND_SUFFIX) {
    const navigation = navigations(metadata).get(property);
    if (navigation) return { kind: "bind", column: navigation.column, navigation: property, target: navigation.target };
    return { kind: "badBind", column: ownColumn(metadata, property) };
  }
  if (annotation === LOOKUP_TABLE_ANNOTATION) {
    const column = readFormColumn(metadata, property);
    if (column) return { kind: "lookupTable", column };
  }
  return { kind: "annotation" };
}

export interface BindTarget {
  entitySet: string;
  id: string;
}

const isEntitySetName = (name: string): boolean => name.length > 0 && /^\w+$/.test(name);
const WEB_API_PATH = /^\/api\/data\/v\d+\.\d+\/$/;

/**
 * A bind's value: a relative URI (`/contacts(id)` or `contacts(id)`) or an absolute one
 * (`https://org.crm.dynamics.com/api/data/v9.2/contacts(id)`), both accepted by the Web API.
 */
export function parseBindValue(value: unknown): BindTarget | undefined {
  if (typeof value !== "string") return undefined;
  let segment: string;
  const lower = value.slice(0, 8).toLowerCase();
  if (lower.startsWith("https://") || lower.startsWith("http://")) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return undefined;
    }
    if (url.search || url.hash || url.username || url.password || value !== value.trim()) return undefined;
    const slash = url.pathname.lastIndexOf("/");
    if (!WEB_API_PATH.test(url.pathname.slice(0, slash + 1))) return undefined;
    segment = decodeURIComponentSafe(url.pathname.slice(slash + 1));
  } else {
    segment = value.startsWith("/") ? value.slice(1) : value;
    if (segment.includes("/")) return undefined;
  }
  const open = segment.indexOf("(");
  if (open <= 0 || !segment.endsWith(")")) return undefined;
  const entitySet = segment.slice(0, open);
  const id = guidOrUndefined(segment.slice(open + 1, -1));
  if (!isEntitySetName(entitySet) || !id) return undefined;
  return { entitySet, id };
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The table of `column`'s targets whose entity set is `entitySet` (and that `navigation` allows). */
export function bindTargetTable(column: ColumnMetadata, entitySet: string, navigationTarget?: string): string | undefined {
  const targets = navigationTarget ? [navigationTarget] : column.targets ?? [];
  return targets.find((table) => entitySetOf(table) === entitySet);
}
