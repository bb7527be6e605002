import { Diagnostic, validateRecord } from "../../plugins-shim/rules";
import { msdyn_ocwhatsappchannelaccount as table } from "../../plugins-shim/schema";

/**
 * The wizard's checks, all from the schema and rules of plugins-shim: nothing here knows a
 * length or a pattern. Values are trimmed first (pasted SIDs and tokens often carry spaces).
 */

export const TOKEN_COLUMN = "msdyn_secureauthenticationtoken";
/** The plain-text column the platform replaced by the secured one; the wizard never writes it. */
export const PLAIN_TOKEN_COLUMN = "msdyn_authenticationtoken";

export interface AccountInput {
  name: string;
  accountSid: string;
  authToken: string;
}

export type FieldErrors = Partial<Record<keyof AccountInput, Diagnostic>>;

const FIELD_OF_COLUMN: Readonly<Record<string, keyof AccountInput>> = {
  msdyn_name: "name",
  msdyn_provideraccountid: "accountSid",
  [TOKEN_COLUMN]: "authToken",
};

function toFieldErrors(diagnostics: readonly Diagnostic[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const found of diagnostics) {
    const field = FIELD_OF_COLUMN[found.column];
    if (field && !errors[field]) errors[field] = found;
  }
  return errors;
}

/** Checks only the columns given, each as a value the user left (blank counts as missing). */
const validateColumns = (record: Record<string, string>): FieldErrors =>
  toFieldErrors(validateRecord(table, record, { operation: "update" }));

export const validateName = (name: string): FieldErrors => validateColumns({ msdyn_name: name.trim() });

export const validateCredentials = (accountSid: string, authToken: string): FieldErrors =>
  validateColumns({ msdyn_provideraccountid: accountSid.trim(), [TOKEN_COLUMN]: authToken.trim() });

export const validateAuthToken = (authToken: string): FieldErrors => validateColumns({ [TOKEN_COLUMN]: authToken.trim() });

/** The record the wizard creates: the token goes to the secured column only. */
export const toCreateRecord = (input: AccountInput): Record<string, string> => ({
  msdyn_name: input.name.trim(),
  msdyn_provideraccountid: input.accountSid.trim(),
  [TOKEN_COLUMN]: input.authToken.trim(),
});

/**
 * The whole record as a create would send it. The plain token column is application-required in
 * the metadata, a form rule the admin center meets with the secured column alone; the wizard
 * does the same, so that one `required` finding is not held against it.
 */
export function validateForCreate(input: AccountInput): FieldErrors {
  const diagnostics = validateRecord(table, toCreateRecord(input), { operation: "create" }).filter(
    (found) => !(found.column === PLAIN_TOKEN_COLUMN && found.code === "required"),
  );
  return toFieldErrors(diagnostics);
}

export const hasErrors = (errors: FieldErrors): boolean => Object.keys(errors).length > 0;
