import type { ColumnMetadata } from "../schema/types";
import { Diagnostic, diagnostic } from "./diagnostics";
import { isValidPhoneNumber } from "./phone";
import { judgeUrl } from "./url";

/**
 * A text value against its string or memo column: length, then URL / phone format, then pattern.
 * Apart from validateValue (validateColumn.ts), which calls it for text columns, so a control that
 * checks one text column (the card's profile name) does not carry the date and reference checks.
 */
export function validateText(column: ColumnMetadata, value: string): Diagnostic | undefined {
  const name = column.logicalName;
  const tooLong = validateTextLength(column, value);
  if (tooLong) return tooLong;
  if (column.format === "url") {
    const verdict = judgeUrl(value);
    if (!verdict.ok) return diagnostic(name, verdict.code, {}, verdict.messageKey ?? `validation.${verdict.code}`);
  }
  if (column.format === "phone" && !isValidPhoneNumber(value)) {
    return diagnostic(name, "format", {}, "validation.format.phone");
  }
  return validateTextPattern(column, value);
}

/**
 * validateText for a column with no format: its length, then its pattern, without the URL and
 * phone parsers (validatePlainValue's text check). A URL or phone column throws: validateText
 * checks it.
 */
export function validatePlainText(column: ColumnMetadata, value: string): Diagnostic | undefined {
  if (column.format !== undefined) throw new Error(`${column.logicalName} has the ${column.format} format: validateText checks it`);
  return validateTextLength(column, value) ?? validateTextPattern(column, value);
}

/** The pattern rule, validateText's last check. */
function validateTextPattern(column: ColumnMetadata, value: string): Diagnostic | undefined {
  // Matched as it would be stored: a SID with spaces around it is not a SID (trim before saving).
  return column.pattern && !column.pattern.regex.test(value)
    ? diagnostic(column.logicalName, "format", {}, column.pattern.messageKey)
    : undefined;
}

/**
 * The length rule alone, validateText's first check: all of validateText for a column with no
 * format and no pattern (the profile name the card edits), without the URL and phone parsers.
 */
export function validateTextLength(column: ColumnMetadata, value: string): Diagnostic | undefined {
  return column.maxLength !== undefined && value.length > column.maxLength
    ? diagnostic(column.logicalName, "maxLength", { max: column.maxLength, actual: value.length })
    : undefined;
}
