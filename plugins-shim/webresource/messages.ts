import { Diagnostic, DiagnosticParams, formatMessage } from "../rules";
import { STRINGS_BASE_NAME } from "../solutionNames/webResourceNames";
import { ENGLISH_STRINGS } from "./englishStrings.generated";

/**
 * Localized text from the RESX string web resources, which the platform loads with this script
 * because its DependencyXml lists them. getResourceString picks the user's language, else the
 * org's base language, and throws "{webResourceName} does not exist." when neither was shipped
 * (getResourceString, Client API reference): on a Spanish org every string would throw out of
 * the handler. So a string that can't be read is the English text, and a key missing from that
 * too is the key itself (a half-imported solution still shows which rule failed).
 */
export function resourceString(key: string): string {
  let text: unknown;
  try {
    text = Xrm.Utility.getResourceString(STRINGS_BASE_NAME, key);
  } catch {
    text = undefined;
  }
  if (typeof text === "string" && text !== "") return text;
  return Object.prototype.hasOwnProperty.call(ENGLISH_STRINGS, key) ? ENGLISH_STRINGS[key] : key;
}

const numberFormat = new Intl.NumberFormat();

function formatParams(params: DiagnosticParams): DiagnosticParams {
  const formatted: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    formatted[name] = typeof value === "number" ? numberFormat.format(value) : value;
  }
  return formatted;
}

export const diagnosticMessage = (diagnostic: Diagnostic): string =>
  formatMessage(resourceString(diagnostic.messageKey), formatParams(diagnostic.params));

export const message = (key: string, params: DiagnosticParams = {}): string =>
  formatMessage(resourceString(key), formatParams(params));
