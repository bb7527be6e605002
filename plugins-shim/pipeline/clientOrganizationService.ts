import { DataverseClient } from "../client";
import { formatLiteral } from "../client/odata";
import { getTable } from "../schema";
import { Condition, OrganizationService } from "./types";
import { nextPageOptions, odataString } from "../client/odata";

/**
 * An organization service over any `DataverseClient`: the in-memory organization (embedded
 * default) or `context.webAPI` in a control (it has the same shape).
 */
export function createClientOrganizationService(client: DataverseClient): OrganizationService {
  return {
    async create(table, record) {
      return (await client.createRecord(table, record)).id;
    },
    retrieve(table, id, columns) {
      return client.retrieveRecord(table, id, queryString(columns));
    },
    async retrieveMultiple(table, conditions, columns, top) {
      const result = await client.retrieveMultipleRecords(table, queryString(columns, conditions, top, table));
      return result.entities;
    },
    async findFirst(table, conditions, matches, columns) {
      // Each page's nextLink, its query part passed back as the options (odata.ts: nextPageOptions).
      let options = queryString(columns, conditions, undefined, table);
      for (;;) {
        const page = await client.retrieveMultipleRecords(table, options);
        const found = page.entities.find(matches);
        if (found || page.nextLink === undefined) return found;
        options = nextPageOptions(page.nextLink);
      }
    },
    async update(table, id, record) {
      await client.updateRecord(table, id, record);
    },
    async delete(table, id) {
      await client.deleteRecord(table, id);
    },
  };
}

function queryString(
  columns?: readonly string[],
  conditions?: Readonly<Record<string, Condition>>,
  top?: number,
  table?: string,
): string | undefined {
  const columnsOfTable = table ? getTable(table)?.columns : undefined;
  const holdsGuid = (column: string) => /^_\w+_value$/.test(column) || columnsOfTable?.[column]?.type === "uniqueidentifier";
  const options: string[] = [];
  if (columns && columns.length > 0) options.push(`$select=${columns.join(",")}`);
  const filter = Object.entries(conditions ?? {})
    .map(([column, value]) =>
      isContains(value) ? `contains(${column},${odataString(value.contains)})` : `${column} eq ${formatLiteral(value, holdsGuid(column))}`,
    )
    .join(" and ");
  // Encoded so that a value holding "&" or "#" stays inside the filter.
  if (filter) options.push(`$filter=${encodeURIComponent(filter)}`);
  if (top !== undefined) options.push(`$top=${top}`);
  return options.length > 0 ? `?${options.join("&")}` : undefined;
}

const isContains = (value: Condition): value is { contains: string } => typeof value === "object" && value !== null;
