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
      const diagnostics = validateRecord(table, context.target, { operation });
      if (diagnostics.length > 0) throw new InvalidPluginExecutionError(table, diagnostics);
    },
  };
}

export const validationSteps = (): PluginStep[] =>
  VALIDATED_TABLES.flatMap((table) => [validationStep(table, "Create"), validationStep(table, "Update")]);
