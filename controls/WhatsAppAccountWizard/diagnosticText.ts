import { Diagnostic, DiagnosticParams } from "../../plugins-shim/rules";
import { Strings } from "./strings";

/** A rule's diagnostic in the user's words, numbers in the user's format. */
export function diagnosticText(strings: Strings, formatInteger: (value: number) => string, found: Diagnostic): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(found.params as DiagnosticParams)) {
    params[name] = typeof value === "number" && Number.isInteger(value) ? formatInteger(value) : value;
  }
  return strings(found.messageKey, params);
}
