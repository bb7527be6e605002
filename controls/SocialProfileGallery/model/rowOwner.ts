import type { DatasetOwner } from "../../common/ownership/ownerFilter";
import { columnName, ColumnLike } from "./columns";
import type { RecordLike } from "./readProfile";

/** The owner lookup of socialprofile (user-owned table: a user or a team). */
export const OWNER_COLUMN = "ownerid";

/** The owner column's name when the dataset carries it (view column, or added with `addColumn`). */
export const ownerColumnOf = (columns: readonly ColumnLike[] | undefined): string | undefined =>
  Array.isArray(columns) && columns.some((column) => columnName(column)?.toLowerCase() === OWNER_COLUMN) ? OWNER_COLUMN : undefined;

/**
 * A row's owner from its lookup value, read in place: no request per card. PCF hands a lookup as
 * an EntityReference (`id.guid`, `name`, `etn`: PCF EntityReference reference) and some hosts as
 * an array of them (PCF LookupValue); anything else (no value, a host without lookups) is no owner.
 */
export function readOwner(record: RecordLike, column: string | undefined): DatasetOwner | undefined {
  if (!column) return undefined;
  const value = record.getValue(column);
  const reference = (Array.isArray(value) ? value[0] : value) as {
    id?: unknown;
    name?: unknown;
    etn?: unknown;
    entityType?: unknown;
  } | null;
  if (!reference || typeof reference !== "object") return undefined;
  const id = typeof reference.id === "string" ? reference.id : (reference.id as { guid?: unknown } | undefined)?.guid;
  const entityType = reference.etn ?? reference.entityType;
  if (typeof id !== "string" || id === "" || typeof entityType !== "string") return undefined;
  return { id, entityType, name: typeof reference.name === "string" ? reference.name : "" };
}
