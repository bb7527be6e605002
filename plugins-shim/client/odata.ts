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
