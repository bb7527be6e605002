import { ErrorCodes } from "../client";
import { Diagnostic } from "../rules";

/**
 * Thrown by a step to cancel the operation, like InvalidPluginExecutionException: nothing is
 * saved and the caller gets the step's diagnostics. It also has the `{ errorCode, message }`
 * shape of a Web API rejection (a business-rule error), so hosts classify both alike.
 */
export class InvalidPluginExecutionError extends Error {
  readonly errorCode = ErrorCodes.BusinessRule;
  readonly diagnostics: readonly Diagnostic[];
  readonly table: string;

  constructor(table: string, diagnostics: readonly Diagnostic[], message = describe(diagnostics)) {
    super(message);
    this.name = "InvalidPluginExecutionError";
    this.table = table;
    this.diagnostics = diagnostics;
  }
}

/** Keys, not sentences: hosts turn `diagnostics` into localized text. */
const describe = (diagnostics: readonly Diagnostic[]): string =>
  diagnostics.map((found) => `${found.column}: ${found.messageKey}`).join("; ");
