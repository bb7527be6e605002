import { Diagnostic, DiagnosticParams, diagnosticText, localizedMessage } from "../rules";
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
function resourceText(key: string): string | undefined {
  let text: unknown;
  try {
    text = Xrm.Utility.getResourceString(STRINGS_BASE_NAME, key);
  } catch {
    text = undefined;
  }
  if (typeof text === "string" && text !== "") return text;
  return Object.prototype.hasOwnProperty.call(ENGLISH_STRINGS, key) ? ENGLISH_STRINGS[key] : undefined;
}

// Numbers in the browser's locale (no locale passed): the form shows them to the user at this browser.
export const diagnosticMessage = (diagnostic: Diagnostic): string => diagnosticText(diagnostic, resourceText);

export const message = (key: string, params: DiagnosticParams = {}): string => localizedMessage(resourceText(key) ?? key, params);
