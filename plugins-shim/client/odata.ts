import { isGuid } from "../rules/guid";

/**
 * OData string literal: single quotes doubled, as the OData ABNF requires ("O'Brien" →
 * 'O''Brien'). Without it a quote in a user's value breaks or alters the $filter.
 */
export const odataString = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/**
 * The `options` that ask for the page after a `retrieveMultipleRecords` answer: the query part of
 * its `nextLink` ("?" and everything after the first "?"). The nextLink is a whole URL
 * ("[Organization URI]/api/data/v9.0/accounts?$select=name&$skiptoken=…"), and Microsoft's
 * retrieveMultipleRecords reference (Xrm.WebApi and PCF webAPI) says to "use the query part in the
 * URL in the nextLink property as the value for the options parameter" of the next call.
 */
export function nextPageOptions(nextLink: string): string {
  const query = nextLink.indexOf("?");
  if (query < 0) throw new Error(`nextLink without a query: ${nextLink}`);
  return nextLink.slice(query);
}

/** A value a `$filter` compares with. */
export type Literal = string | number | boolean | null;

/** OData's guidValue: a GUID without braces. */
export const isODataGuid = (text: string): boolean => isGuid(text) && !text.startsWith("{");

/** Writes a literal the way the Web API reads it (quotes doubled inside strings, GUIDs bare). */
/**
 * Writes a value as an OData literal. Strings are quoted unless the column holds a GUID (an id or
 * a lookup's `_x_value`): a text column whose value merely looks like a GUID is still text.
 */
export function formatLiteral(value: Literal, guidColumn = false): string {
  if (value === null) return "null";
  if (typeof value === "string") return guidColumn && isODataGuid(value) ? value : odataString(value);
  return String(value);
}
