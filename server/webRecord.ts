import type { RecordData } from "../plugins-shim/client";
import { bindKeysOf, isLookupColumn } from "../plugins-shim/rules";
import { ownColumn } from "../plugins-shim/rules/recordChecks";
import type { TableMetadata } from "../plugins-shim/schema";
import { entitySetOf } from "../plugins-shim/schema/entitySets";
import { isEntityReference, SdkValue, UnsupportedValue } from "./sdkValues";

/**
 * An SDK entity's attributes as the record a Web API create or update would send (the shape
 * validateRecord judges): choices and money as numbers, dates as ISO text, lookups as
 * `nav@odata.bind: "/set(id)"` ("Associate table rows on create").
 *
 * Columns the seeds' schema does not know are left out, not refused: the platform has already
 * accepted their names (an org's custom columns, platform columns such as modifiedon), so here
 * they would only be false alarms. `skipped` names them for the log.
 */
export function toWebRecord(
  metadata: TableMetadata,
  attributes: Readonly<Record<string, SdkValue>>,
): { record: RecordData; skipped: string[] } {
  const record: RecordData = {};
  const skipped: string[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    const column = ownColumn(metadata, name);
    if (!column || value instanceof UnsupportedValue) {
      skipped.push(name);
      continue;
    }
    if (!isLookupColumn(column)) {
      // An EntityReference or Entity on a plain column is kept as is: validateRecord names the type it expected.
      record[name] = value;
      continue;
    }
    const keys = bindKeysOf(metadata, column);
    if (value === null) {
      record[keys[0]] = null;
    } else if (isEntityReference(value)) {
      // Owner and single-table lookups bind by the column's name; customer lookups by `column_table`.
      const plain = `${name}@odata.bind`;
      const key = keys.includes(plain) ? plain : `${name}_${value.entityType}@odata.bind`;
      record[key] = `/${entitySetOf(value.entityType) ?? value.entityType}(${value.id})`;
    } else {
      record[name] = value;
    }
  }
  return { record, skipped };
}
