import type { ChoiceOption, ColumnMetadata, ColumnType, RequiredLevel, StringFormat, TableMetadata } from "../../plugins-shim/schema";

/**
 * Table definitions as the Web API serves them (EntityMetadata / AttributeMetadata), derived from
 * the tables the double holds, so a test that gives the double a changed table (a longer column,
 * an extra choice value) sees it in the metadata too, as it would in an org where an admin
 * customized the table.
 *
 * The shape follows "Query table definitions using the Web API"
 * (learn.microsoft.com/power-apps/developer/data-platform/webapi/query-metadata-web-api) and the
 * Web API metadata reference (EntityMetadata, AttributeMetadata and its derived types): each
 * attribute carries `@odata.type` of its derived type and that type's own properties (MaxLength,
 * MinValue/MaxValue, Precision, Targets, FormatName); `RequiredLevel` is a managed property
 * `{ Value }`; labels are `{ UserLocalizedLabel: { Label, LanguageCode } }`. Choice options are
 * NOT part of `$expand=Attributes`: OptionSet is a navigation property, read by casting the
 * Attributes collection to the choice type (`…/Attributes/Microsoft.Dynamics.CRM.
 * PicklistAttributeMetadata?$expand=OptionSet`), as that page shows.
 */

export type AttributeDocument = Record<string, unknown>;

const ATTRIBUTE_TYPES: Readonly<Record<ColumnType, { attributeType: string; odataType: string }>> = {
  string: { attributeType: "String", odataType: "StringAttributeMetadata" },
  memo: { attributeType: "Memo", odataType: "MemoAttributeMetadata" },
  integer: { attributeType: "Integer", odataType: "IntegerAttributeMetadata" },
  decimal: { attributeType: "Decimal", odataType: "DecimalAttributeMetadata" },
  double: { attributeType: "Double", odataType: "DoubleAttributeMetadata" },
  boolean: { attributeType: "Boolean", odataType: "BooleanAttributeMetadata" },
  choice: { attributeType: "Picklist", odataType: "PicklistAttributeMetadata" },
  state: { attributeType: "State", odataType: "StateAttributeMetadata" },
  status: { attributeType: "Status", odataType: "StatusAttributeMetadata" },
  lookup: { attributeType: "Lookup", odataType: "LookupAttributeMetadata" },
  customer: { attributeType: "Customer", odataType: "LookupAttributeMetadata" },
  owner: { attributeType: "Owner", odataType: "LookupAttributeMetadata" },
  datetime: { attributeType: "DateTime", odataType: "DateTimeAttributeMetadata" },
  uniqueidentifier: { attributeType: "Uniqueidentifier", odataType: "AttributeMetadata" },
};

/** The cast segment that reads a choice type's options, by the column types it covers. */
export const OPTION_SET_CASTS: Readonly<Record<string, readonly ColumnType[]>> = {
  "Microsoft.Dynamics.CRM.PicklistAttributeMetadata": ["choice"],
  "Microsoft.Dynamics.CRM.StateAttributeMetadata": ["state"],
  "Microsoft.Dynamics.CRM.StatusAttributeMetadata": ["status"],
};

const REQUIRED_LEVELS: Readonly<Record<RequiredLevel, string>> = {
  none: "None",
  recommended: "Recommended",
  applicationRequired: "ApplicationRequired",
  systemRequired: "SystemRequired",
};

/** StringFormatName values of StringAttributeMetadata.FormatName. */
const FORMAT_NAMES: Readonly<Record<StringFormat, string>> = { text: "Text", url: "Url", phone: "Phone", email: "Email" };

export const label = (text: string) => ({
  LocalizedLabels: [{ Label: text, LanguageCode: 1033 }],
  UserLocalizedLabel: { Label: text, LanguageCode: 1033 },
});

export function attributeDocument(table: TableMetadata, column: ColumnMetadata): AttributeDocument {
  const { attributeType, odataType } = ATTRIBUTE_TYPES[column.type];
  const document: AttributeDocument = {
    "@odata.type": `#Microsoft.Dynamics.CRM.${odataType}`,
    LogicalName: column.logicalName,
    SchemaName: column.logicalName,
    AttributeType: attributeType,
    DisplayName: label(column.displayName),
    RequiredLevel: {
      Value: REQUIRED_LEVELS[column.requiredLevel],
      CanBeChanged: true,
      ManagedPropertyLogicalName: "canmodifyrequirementlevelsettings",
    },
    IsPrimaryId: column.logicalName === table.primaryIdAttribute,
    IsPrimaryName: column.logicalName === table.primaryNameAttribute,
    IsValidForCreate: !column.notValidForCreate,
    IsValidForUpdate: !column.createOnly,
    IsSecured: column.secured === true,
  };
  if (column.maxLength !== undefined) document.MaxLength = column.maxLength;
  if (column.type === "string") document.FormatName = { Value: FORMAT_NAMES[column.format ?? "text"] };
  if (column.minValue !== undefined) document.MinValue = column.minValue;
  if (column.maxValue !== undefined) document.MaxValue = column.maxValue;
  if (column.precision !== undefined) document.Precision = column.precision;
  if (column.targets) document.Targets = [...column.targets];
  if (column.type === "boolean" && typeof column.defaultValue === "boolean") document.DefaultValue = column.defaultValue;
  if (column.type === "choice" && typeof column.defaultValue === "number") document.DefaultFormValue = column.defaultValue;
  return document;
}

export function entityDocument(table: TableMetadata, expandAttributes: boolean): Record<string, unknown> {
  const document: Record<string, unknown> = {
    LogicalName: table.logicalName,
    SchemaName: table.logicalName,
    EntitySetName: table.entitySetName,
    PrimaryIdAttribute: table.primaryIdAttribute,
    PrimaryNameAttribute: table.primaryNameAttribute,
    DisplayName: label(table.displayName),
  };
  if (expandAttributes) document.Attributes = Object.values(table.columns).map((column) => attributeDocument(table, column));
  return document;
}

function optionDocument(option: ChoiceOption): Record<string, unknown> {
  const document: Record<string, unknown> = { Value: option.value, Label: label(option.label) };
  if (option.state !== undefined) document.State = option.state;
  return document;
}

/** The attributes of one choice type, each with its OptionSet (the cast + `$expand=OptionSet` read). */
export function optionSetDocuments(table: TableMetadata, types: readonly ColumnType[]): AttributeDocument[] {
  return Object.values(table.columns)
    .filter((column) => types.includes(column.type))
    .map((column) => ({
      "@odata.type": `#Microsoft.Dynamics.CRM.${ATTRIBUTE_TYPES[column.type].odataType}`,
      LogicalName: column.logicalName,
      OptionSet: { Options: (column.choices ?? []).map(optionDocument) },
    }));
}
