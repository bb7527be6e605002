/** What a rule found wrong with one column. Never a sentence: hosts localize `messageKey`. */
export type DiagnosticCode = "required" | "maxLength" | "range" | "choice" | "type" | "format" | "unsafeUrl";

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

/**
 * Fills `{name}` placeholders of a localized message with a diagnostic's params. Hosts look the
 * template up by `messageKey` in their .resx strings and format numbers before passing them.
 */
export function formatMessage(template: string, params: DiagnosticParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
