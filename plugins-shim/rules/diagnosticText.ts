import { Diagnostic, DiagnosticParams, formatMessage } from "./diagnostics";

/**
 * The one way a diagnostic becomes text, for every host that has no view of its own: the form
 * script (strings from the RESX web resources) and the `validate` / `intake` commands (strings
 * from the .resx files). A host passes how it looks a template up and the locale its numbers are
 * written in.
 */

/** A message template by key; undefined when the host's strings have none. */
export type TemplateLookup = (key: string) => string | undefined;

/**
 * Params as text, numbers through Intl for the locale (100000 is "100,000" in en-US, "100 000" in
 * fr-FR); `undefined` is the runtime's own locale, which in a browser is the user's.
 */
function localizedParams(params: DiagnosticParams, locale?: string): Record<string, string> {
  const numbers = new Intl.NumberFormat(locale);
  const formatted: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) formatted[name] = typeof value === "number" ? numbers.format(value) : value;
  return formatted;
}

/** A template filled with the params, numbers written for the locale. */
export const localizedMessage = (template: string, params: DiagnosticParams, locale?: string): string =>
  formatMessage(template, localizedParams(params, locale));

/**
 * A diagnostic's text: its own message, else the generic one of its code (`validation.<code>`),
 * else its key, so a half-imported solution or a missing string still shows which rule failed.
 */
export const diagnosticText = (found: Diagnostic, lookup: TemplateLookup, locale?: string): string =>
  localizedMessage(lookup(found.messageKey) ?? lookup(`validation.${found.code}`) ?? found.messageKey, found.params, locale);
