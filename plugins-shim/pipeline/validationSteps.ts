import { getTable } from "../schema";
import { validateRecord } from "../rules";
import { InvalidPluginExecutionError } from "./InvalidPluginExecutionError";
import { Message, PluginStep } from "./types";

/** The tables whose rules run as PreValidation steps on Create and Update. */
export const VALIDATED_TABLES = ["socialprofile", "msdyn_ocwhatsappchannelaccount"] as const;

/** A PreValidation step that holds the target to the table's rules (the same validateRecord the forms use). */
export function validationStep(table: string, message: Message): PluginStep {
  return {
    name: `validate ${table} on ${message}`,
    message,
    table,
    stage: "PreValidation",
    execute(context) {
      const operation = message === "Create" ? "create" : "update";
      trimPatternColumns(table, context.target);
      const diagnostics = validateRecord(table, context.target, { operation });
      if (diagnostics.length > 0) throw new InvalidPluginExecutionError(table, diagnostics);
    },
  };
}

export const validationSteps = (): PluginStep[] =>
  VALIDATED_TABLES.flatMap((table) => [validationStep(table, "Create"), validationStep(table, "Update")]);

/**
 * Identifiers pasted from a console (the Twilio Account SID, the Auth token) often carry spaces:
 * the step trims them in the target, so what is checked is what is stored.
 */
function trimPatternColumns(table: string, target: Record<string, unknown>): void {
  const columns = getTable(table)?.columns ?? {};
  for (const [name, value] of Object.entries(target)) {
    if (typeof value === "string" && Object.prototype.hasOwnProperty.call(columns, name) && columns[name].pattern)
      target[name] = value.trim();
  }
}
