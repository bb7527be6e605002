import { Diagnostic, DiagnosticParams, formatMessage } from "../rules";
import { STRINGS_BASE_NAME } from "../../solution/webResourceNames";

/**
 * Localized text from the RESX string web resources, which the platform loads with this script
 * because its DependencyXml lists them. A missing key falls back to the key itself, so a
 * half-imported solution still shows which rule failed instead of an empty notification.
 */
export function resourceString(key: string): string {
  const text = Xrm.Utility.getResourceString(STRINGS_BASE_NAME, key);
  return typeof text === "string" && text !== "" ? text : key;
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
