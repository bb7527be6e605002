/**
 * The `DataverseClient` interface takes OData query strings ("?$select=a,b&$filter=…"), as
 * `context.webAPI` does; dynamics-web-api takes them as request members. This maps one to the
 * other, for the options the project uses; anything else is refused, never dropped silently.
 * A `$skiptoken` means "the next page": the caller passed the query part of a nextLink
 * (odata.ts: nextPageOptions), and the library is given the whole link back.
 */

export interface QueryMembers {
  select?: string[];
  filter?: string;
  top?: number;
  orderBy?: string[];
  /** The query asks for a page after the first: request this whole URL. */
  nextPageLink?: string;
}

export class UnsupportedQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnsupportedQueryError";
  }
}

export function queryMembers(options: string | undefined, collectionUrl: string): QueryMembers {
  const text = (options ?? "").replace(/^\?/, "");
  if (text === "") return {};
  const members: QueryMembers = {};
  for (const part of text.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const name = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? "" : decode(part.slice(eq + 1));
    switch (name) {
      case "$select":
        members.select = value
          .split(",")
          .map((column) => column.trim())
          .filter(Boolean);
        break;
      case "$filter":
        members.filter = value;
        break;
      case "$top":
        members.top = Number(value);
        if (!Number.isInteger(members.top) || members.top < 0) throw new UnsupportedQueryError(`$top must be a whole number: ${value}`);
        break;
      case "$orderby":
        members.orderBy = value
          .split(",")
          .map((column) => column.trim())
          .filter(Boolean);
        break;
      case "$skiptoken":
        members.nextPageLink = `${collectionUrl}?${text}`;
        break;
      default:
        throw new UnsupportedQueryError(`Query option not supported by the Node connection: ${name}`);
    }
  }
  return members;
}

function decode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
