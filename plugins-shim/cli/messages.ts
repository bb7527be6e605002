import { Diagnostic, diagnosticText } from "../rules";
import { readResx, resxFile } from "../strings/resx";

export interface PrintedDiagnostic {
  column: string;
  code: string;
  message: string;
}

export type Describe = (found: Diagnostic) => PrintedDiagnostic;

/** The commands print English: the 1033 .resx, numbers written as en-US writes them. */
const COMMAND_LOCALE = "en-US";

/** Turns diagnostics into `{ column, code, message }` with English text from the 1033 .resx. */
export function createDescriber(strings: ReadonlyMap<string, string> = readResx(resxFile(1033))): Describe {
  const lookup = (key: string) => strings.get(key);
  return (found: Diagnostic): PrintedDiagnostic => ({
    column: found.column,
    code: found.code,
    message: diagnosticText(found, lookup, COMMAND_LOCALE),
  });
}
