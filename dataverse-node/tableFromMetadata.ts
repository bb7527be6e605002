import type { ChoiceOption, ColumnMetadata, ColumnType, RequiredLevel, StringFormat, TableMetadata } from "../plugins-shim/schema";
import type { AttributeDocument, OrgTableDefinition } from "./orgMetadata";

/**
 * The org's table definition (orgMetadata.ts) as the TableMetadata that `validateRecord` takes,
 * so records are judged by the org's columns, lengths, ranges and choices. What metadata does not
 * say — the project's own rules on a column (a URL's scheme, a pattern, a label key, a column that
 * stands in for another) — is kept from the shipped schema for a column the org still has.
 * Attribute types the rules don't judge (Virtual, EntityName, PartyList, files, images…) are left
 * out, as the shipped schema leaves them out.
 *
 * Members read, from the Web API metadata reference (AttributeMetadata and its derived types):
 * AttributeType, MaxLength, MinValue, MaxValue, Precision, RequiredLevel.Value, IsValidForCreate,
 * IsValidForUpdate, IsPrimaryId, IsSecured, Targets, FormatName.Value, DisplayName, OptionSet.Options.
 */

const COLUMN_TYPES: Readonly<Record<string, ColumnType>> = {
  String: "string",
  Memo: "memo",
  Integer: "integer",
  BigInt: "integer",
  Decimal: "decimal",
  Money: "decimal",
  Double: "double",
  Boolean: "boolean",
  Picklist: "choice",
  State: "state",
  Status: "status",
  Lookup: "lookup",
  Customer: "customer",
  Owner: "owner",
  DateTime: "datetime",
  Uniqueidentifier: "uniqueidentifier",
};

const REQUIRED_LEVELS: Readonly<Record<string, RequiredLevel>> = {
  None: "none",
  Recommended: "recommended",
  ApplicationRequired: "applicationRequired",
  SystemRequired: "systemRequired",
};

const FORMATS: Readonly<Record<string, StringFormat>> = { Text: "text", Url: "url", Phone: "phone", Email: "email" };

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
const number = (value: unknown): number | undefined => (typeof value === "number" && Number.isFinite(value) ? value : undefined);
const member = (document: unknown, key: string): unknown =>
  typeof document === "object" && document !== null ? (document as Record<string, unknown>)[key] : undefined;
const labelOf = (label: unknown): string | undefined => text(member(member(label, "UserLocalizedLabel"), "Label"));

export function tableFromMetadata(definition: OrgTableDefinition, shipped?: TableMetadata): TableMetadata {
  const entity = definition.entity;
  const options = optionsByColumn(definition);
  const columns: Record<string, ColumnMetadata> = {};
  for (const attribute of entity.Attributes) {
    const column = columnFromAttribute(attribute, options, shipped);
    if (column) columns[column.logicalName] = column;
  }
  return {
    logicalName: definition.table,
    entitySetName: text(entity.EntitySetName) ?? shipped?.entitySetName ?? `${definition.table}s`,
    primaryIdAttribute: text(entity.PrimaryIdAttribute) ?? shipped?.primaryIdAttribute ?? `${definition.table}id`,
    primaryNameAttribute: text(entity.PrimaryNameAttribute) ?? shipped?.primaryNameAttribute ?? "",
    displayName: labelOf(entity.DisplayName) ?? shipped?.displayName ?? definition.table,
    columns,
  };
}

function optionsByColumn(definition: OrgTableDefinition): Map<string, ChoiceOption[]> {
  const found = new Map<string, ChoiceOption[]>();
  for (const attributes of Object.values(definition.optionSets)) {
    for (const attribute of attributes) {
      const name = text(attribute.LogicalName);
      const list = member(member(attribute, "OptionSet"), "Options");
      if (!name || !Array.isArray(list)) continue;
      found.set(
        name,
        list.flatMap((option): ChoiceOption[] => {
          const value = number(member(option, "Value"));
          if (value === undefined) return [];
          const choice: ChoiceOption = {
            value,
            label: labelOf(member(option, "Label")) ?? String(value),
            labelKey: `choice.${name}.${value}`,
          };
          const state = number(member(option, "State"));
          if (state !== undefined) choice.state = state;
          return [choice];
        }),
      );
    }
  }
  return found;
}

function columnFromAttribute(
  attribute: AttributeDocument,
  options: Map<string, ChoiceOption[]>,
  shipped: TableMetadata | undefined,
): ColumnMetadata | undefined {
  const logicalName = text(attribute.LogicalName);
  const type = COLUMN_TYPES[text(attribute.AttributeType) ?? ""];
  if (!logicalName || !type) return undefined;
  const known = shipped?.columns[logicalName];
  // The project's rules on the column, kept while the org's column is of the same type.
  const kept: Partial<ColumnMetadata> = known && known.type === type ? known : {};
  const column: ColumnMetadata = {
    logicalName,
    displayName: labelOf(attribute.DisplayName) ?? kept.displayName ?? logicalName,
    type,
    requiredLevel: REQUIRED_LEVELS[text(member(attribute.RequiredLevel, "Value")) ?? ""] ?? "none",
  };
  const maxLength = number(attribute.MaxLength);
  if (maxLength !== undefined && (type === "string" || type === "memo")) column.maxLength = maxLength;
  for (const key of ["minValue", "maxValue", "precision"] as const) {
    const value = number(attribute[key[0].toUpperCase() + key.slice(1)]);
    if (value !== undefined) column[key] = value;
  }
  const format = FORMATS[text(member(attribute.FormatName, "Value")) ?? ""];
  // Text is the default: the shipped schema names only the other formats.
  if (type === "string" && format && format !== "text") column.format = format;
  if (kept.pattern && type === "string") column.pattern = kept.pattern;
  const targets = attribute.Targets;
  if (Array.isArray(targets)) column.targets = targets.filter((target): target is string => typeof target === "string");
  const choices = options.get(logicalName);
  if (choices)
    column.choices = choices.map((choice) => ({
      ...choice,
      labelKey: kept.choices?.find((own) => own.value === choice.value)?.labelKey ?? choice.labelKey,
    }));
  if (attribute.IsValidForCreate === false) column.notValidForCreate = true;
  if (attribute.IsValidForCreate !== false && attribute.IsValidForUpdate === false) column.createOnly = true;
  if (attribute.IsSecured === true) column.secured = true;
  // The server fills these on create when a record leaves them out: the primary id, the owner
  // (the caller), state and status (their defaults) — "Create a table row using the Web API".
  if (kept.platformDefault || attribute.IsPrimaryId === true || type === "owner" || type === "state" || type === "status")
    column.platformDefault = true;
  for (const key of ["platformGenerated", "satisfiedBy", "defaultValue"] as const) {
    if (kept[key] !== undefined) (column as unknown as Record<string, unknown>)[key] = kept[key];
  }
  return column;
}
