import { Diagnostic, formatMessage } from "../rules";
import { readResx, resxFile } from "../strings/resx";

export interface PrintedDiagnostic {
  column: string;
  code: string;
  message: string;
}

export type Describe = (found: Diagnostic) => PrintedDiagnostic;

/** Turns diagnostics into `{ column, code, message }` with English text from the 1033 .resx. */
export function createDescriber(strings: ReadonlyMap<string, string> = readResx(resxFile(1033))): Describe {
  return (found: Diagnostic): PrintedDiagnostic => {
    const template = strings.get(found.messageKey) ?? strings.get(`validation.${found.code}`) ?? found.messageKey;
    return { column: found.column, code: found.code, message: formatMessage(template, found.params) };
  };
}
