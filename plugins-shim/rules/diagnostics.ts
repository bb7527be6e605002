/** What a rule found wrong with one column. Never a sentence: hosts localize `messageKey`. */
export type DiagnosticCode = "required" | "maxLength" | "range" | "choice" | "type" | "format" | "unsafeUrl" | "duplicate";

export type DiagnosticParams = Readonly<Record<string, string | number>>;

export interface Diagnostic {
  column: string;
  code: DiagnosticCode;
  messageKey: string;
  params: DiagnosticParams;
}

export const diagnostic = (
  column: string,
  code: DiagnosticCode,
  params: DiagnosticParams = {},
  messageKey = `validation.${code}`,
): Diagnostic => ({ column, code, messageKey, params });

/** Longest rendering of a rejected value a message quotes; the rest is elided. */
const SHOWN_VALUE_MAX = 80;

/**
 * Renders any rejected input for a message. `String()` throws on objects such as `{toString: null}`
 * or `Object.create(null)` (JSON can carry the first), so objects go through JSON and fall back to
 * their type tag; a long value is cut so one bad field cannot flood the message.
 */
export function shownValue(value: unknown): string {
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "object" && value !== null) {
    try {
      text = JSON.stringify(value) ?? Object.prototype.toString.call(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  } else text = String(value);
  return text.length > SHOWN_VALUE_MAX ? `${text.slice(0, SHOWN_VALUE_MAX - 1)}…` : text;
}

/**
 * Fills `{name}` placeholders of a localized message with a diagnostic's params. Hosts look the
 * template up by `messageKey` in their .resx strings and format numbers before passing them.
 */
export function formatMessage(template: string, params: DiagnosticParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
