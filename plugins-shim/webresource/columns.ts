import { ColumnMetadata, ColumnType, getTable, TableMetadata } from "../schema";

/** Tables whose main forms the form script serves. */
export const FORM_TABLES = ["socialprofile", "msdyn_ocwhatsappchannelaccount"] as const;
export type FormTable = (typeof FORM_TABLES)[number];

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
  const table = getTable(name);
  if (!table) throw new Error(`The schema has no table "${name}"`);
  return table;
}
