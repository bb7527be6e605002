import { ColumnMetadata } from "../schema";
import { Diagnostic, diagnostic } from "./diagnostics";
import { isGuid } from "./guid";
import { DATAVERSE_MAX_DATE, DATAVERSE_MIN_DATE, parseIsoDateTime } from "./isoDateTime";
import { validatePlainText, validateText } from "./validateText";

/** Empty text is stored as null by Dataverse, so it counts as "no value". */
export const isBlank = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

export function isRequiredOnCreate(column: ColumnMetadata): boolean {
  const required = column.requiredLevel === "applicationRequired" || column.requiredLevel === "systemRequired";
  return required && !column.platformDefault && !column.platformGenerated && !column.notValidForCreate;
}

/** Checks one present, non-blank value against its column (recordChecks.ts takes it as a parameter). */
export type ValueCheck = (column: ColumnMetadata, value: unknown) => Diagnostic | undefined;

/**
 * Checks one present, non-blank value against its column metadata. Returns the first problem in
 * a fixed order (type, length, format, range, choice) so each value gets one clear message.
 */
export function validateValue(column: ColumnMetadata, value: unknown): Diagnostic | undefined {
  return column.type === "datetime" ? validateDateTime(column.logicalName, value) : validateByType(column, value, validateText);
}

/**
 * validateValue for a plain column: any type but date and time, text without a URL or phone
 * format. The same verdicts without the ISO 8601, URL and phone parsers, which the WhatsApp wizard
 * (through validatePlainColumnRecord) would carry for columns it never writes. A value for any
 * other column throws: never a value let through unchecked.
 */
export function validatePlainValue(column: ColumnMetadata, value: unknown): Diagnostic | undefined {
  if (column.type === "datetime") throw new Error(`${column.logicalName} is a date and time column: validateValue checks it`);
  return validateByType(column, value, validatePlainText);
}

/** Every type but date and time, which both callers above check first; text checked by `checkText`. */
function validateByType(
  column: ColumnMetadata,
  value: unknown,
  checkText: (column: ColumnMetadata, value: string) => Diagnostic | undefined,
): Diagnostic | undefined {
  const name = column.logicalName;
  switch (column.type) {
    case "string":
    case "memo":
      return typeof value === "string" ? checkText(column, value) : diagnostic(name, "type", { expected: "text" });
    case "integer":
      if (typeof value !== "number" || !Number.isInteger(value)) return diagnostic(name, "type", { expected: "integer" });
      return validateRange(column, value);
    case "decimal":
    case "double":
      if (typeof value !== "number" || !Number.isFinite(value)) return diagnostic(name, "type", { expected: "number" });
      return validateRange(column, value);
    case "boolean":
      return typeof value === "boolean" ? undefined : diagnostic(name, "type", { expected: "boolean" });
    case "choice":
    case "state":
    case "status":
      if (typeof value !== "number" || !Number.isInteger(value)) return diagnostic(name, "type", { expected: "choice" });
      return column.choices?.some((option) => option.value === value) ? undefined : diagnostic(name, "choice", { value });
    case "lookup":
    case "customer":
    case "owner":
      // The id a bind or a read form carried; validateRecord refuses a lookup under its plain name (no Web API property).
      return isGuid(value) ? undefined : diagnostic(name, "type", { expected: "guid" });
    case "uniqueidentifier":
      return isGuid(value) ? undefined : diagnostic(name, "type", { expected: "guid" });
  }
}

/** Strict ISO 8601 (no rollover), inside the range Dataverse stores (isoDateTime.ts). */
export function validateDateTime(name: string, value: unknown, options: { offsetRequired?: boolean } = {}): Diagnostic | undefined {
  let time: number;
  if (value instanceof Date) {
    time = value.getTime();
    if (Number.isNaN(time)) return diagnostic(name, "format", {}, "validation.format.datetime");
  } else if (typeof value === "string") {
    const verdict = parseIsoDateTime(value, options);
    if (!verdict.ok) {
      return verdict.reason === "range"
        ? diagnostic(name, "range", { min: "1753-01-01", max: "9999-12-31" }, "validation.format.datetimeRange")
        : diagnostic(name, "format", {}, "validation.format.datetime");
    }
    time = verdict.date.getTime();
  } else {
    return diagnostic(name, "type", { expected: "datetime" });
  }
  return time < DATAVERSE_MIN_DATE || time > DATAVERSE_MAX_DATE
    ? diagnostic(name, "range", { min: "1753-01-01", max: "9999-12-31" }, "validation.format.datetimeRange")
    : undefined;
}

function validateRange(column: ColumnMetadata, value: number): Diagnostic | undefined {
  const { minValue = -Infinity, maxValue = Infinity } = column;
  return value < minValue || value > maxValue ? diagnostic(column.logicalName, "range", { min: minValue, max: maxValue }) : undefined;
}
