import type { ColumnMetadata } from "../schema/types";

/**
 * The names a lookup column goes by in the Web API, from its metadata alone (no key parser, so
 * the form script and the wizard can name them). A create or update WRITES the single-valued
 * navigation property `nav@odata.bind`: the column's name for owners and single-table lookups
 * (`ownerid`, `postfromprofileid`), `column_target` for customer and multi-table lookups
 * (`customerid_contact`), Web API "Associate table rows on create". A read RETURNS `_column_value`
 * ("Lookup properties", Web API properties). The plain column name is neither.
 */

export const LOOKUP_TYPES: ReadonlySet<string> = new Set(["lookup", "customer", "owner"]);
export const isLookupColumn = (column: ColumnMetadata): boolean => LOOKUP_TYPES.has(column.type);
export const BIND_SUFFIX = "@odata.bind";

export interface NavigationName {
  name: string;
  /** Fixed by the name for customer and multi-table lookups (customerid_contact → contact). */
  target?: string;
}

/** The single-valued navigation properties that set `column` (none when it is no lookup). */
export function navigationNamesOf(column: ColumnMetadata): NavigationName[] {
  if (!isLookupColumn(column)) return [];
  const targets = column.targets ?? [];
  if (column.type === "owner" || (column.type === "lookup" && targets.length <= 1)) return [{ name: column.logicalName }];
  return targets.map((target) => ({ name: `${column.logicalName}_${target}`, target }));
}

/** The `@odata.bind` keys that set a lookup column, for messages ("customerid_account@odata.bind / …"). */
export const bindKeysText = (column: ColumnMetadata): string =>
  navigationNamesOf(column)
    .map(({ name }) => `${name}${BIND_SUFFIX}`)
    .join(" / ");

/** `_x_value`: how the Web API returns lookup x. */
export const lookupReadName = (column: ColumnMetadata): string => `_${column.logicalName}_value`;
