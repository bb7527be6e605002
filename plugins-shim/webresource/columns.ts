import { ColumnMetadata, ColumnType, TableMetadata } from "../schema/types";
import { socialprofile } from "../schema/socialprofile";
import { msdyn_ocwhatsappchannelaccount } from "../schema/whatsappAccount";

/** Tables whose main forms the form script serves. */
export const FORM_TABLES = ["socialprofile", "msdyn_ocwhatsappchannelaccount"] as const;
export type FormTable = (typeof FORM_TABLES)[number];

/** Imported one by one (not the schema's by-name lookup) so the form script carries only these two tables. */
const FORM_TABLE_METADATA: Readonly<Record<string, TableMetadata>> = { socialprofile, msdyn_ocwhatsappchannelaccount };

/** Column types a person edits in a form field; lookups, owner and state go through their own dialogs. */
const EDITABLE_TYPES: ReadonlySet<ColumnType> = new Set<ColumnType>([
  "string",
  "memo",
  "integer",
  "double",
  "decimal",
  "boolean",
  "choice",
]);

/** The columns the form script validates: editable, and not filled in by the platform. */
export function wiredColumns(table: TableMetadata): ColumnMetadata[] {
  return Object.values(table.columns).filter(
    (column) => EDITABLE_TYPES.has(column.type) && !column.platformDefault && !column.platformGenerated,
  );
}

export function formTable(name: FormTable): TableMetadata {
  const table = Object.prototype.hasOwnProperty.call(FORM_TABLE_METADATA, name) ? FORM_TABLE_METADATA[name] : undefined;
  if (!table) throw new Error(`The schema has no table "${name}"`);
  return table;
}
