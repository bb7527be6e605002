/**
 * Table metadata as data. Every length, range and choice value used anywhere in the project
 * comes from here; the shapes mirror Dataverse attribute metadata closely enough that a column
 * can be checked against its reference page line by line.
 */

export type ColumnType =
  | "string"
  | "memo"
  | "integer"
  | "decimal"
  | "double"
  | "boolean"
  | "choice"
  | "state"
  | "status"
  | "lookup"
  | "customer"
  | "owner"
  | "datetime"
  | "uniqueidentifier";

/** Dataverse RequiredLevel. Only systemRequired is enforced by the server; applicationRequired is a form rule. */
export type RequiredLevel = "none" | "recommended" | "applicationRequired" | "systemRequired";

/** How a text column's content is judged beyond its length. */
export type StringFormat = "text" | "url" | "phone" | "email";

export interface ChoiceOption {
  value: number;
  /** Invariant English label, as in the metadata. Hosts localize through `labelKey`. */
  label: string;
  labelKey: string;
  /** For status choices: the state this status belongs to. */
  state?: number;
}

/** A pattern a text value must match after trimming, with the message that explains it. */
export interface ValuePattern {
  regex: RegExp;
  messageKey: string;
}

export interface ColumnMetadata {
  logicalName: string;
  /**
   * The label shown when a host has none (the form script's fallback) and in CLI messages. The
   * metadata's Description stays a comment above each column: nothing reads it at run time, and
   * every bundle would carry it.
   */
  displayName: string;
  type: ColumnType;
  requiredLevel: RequiredLevel;
  maxLength?: number;
  minValue?: number;
  maxValue?: number;
  /** Decimal places kept by decimal/double columns. */
  precision?: number;
  format?: StringFormat;
  pattern?: ValuePattern;
  choices?: readonly ChoiceOption[];
  /** Lookup / customer / owner targets (table logical names). */
  targets?: readonly string[];
  defaultValue?: boolean | number | string;
  /** IsValidForCreate false (statecode). */
  notValidForCreate?: boolean;
  /** IsValidForUpdate false: may be set on create only (community, sentimentvalue). */
  createOnly?: boolean;
  /** The server fills the column when a create leaves it out (ownerid, primary id). */
  platformDefault?: boolean;
  /** Filled by the platform after save (Twilio inbound URL): never asked of the user. */
  platformGenerated?: boolean;
  /** Column security applies: reading or writing may be refused per user. */
  secured?: boolean;
  /**
   * A required column counts as filled when one of these holds a value: the platform reads the
   * column-secured auth token and the plain one stays empty (docs/whatsapp-wizard.md).
   */
  satisfiedBy?: readonly string[];
}

export interface TableMetadata {
  logicalName: string;
  entitySetName: string;
  primaryIdAttribute: string;
  primaryNameAttribute: string;
  displayName: string;
  columns: Readonly<Record<string, ColumnMetadata>>;
}

/** Inclusive range of a Dataverse whole-number column. */
export const INT32_MIN = -2147483648;
export const INT32_MAX = 2147483647;
