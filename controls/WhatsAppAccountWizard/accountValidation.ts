import type { Diagnostic } from "../../plugins-shim/rules/diagnostics";
import { validatePlainColumnRecord as validateRecord } from "../../plugins-shim/rules/validateColumnRecord";
import { msdyn_ocwhatsappchannelaccount as table, PROVIDER_TYPE_TWILIO } from "../../plugins-shim/schema/whatsappAccount";

/**
 * The wizard's checks, all from the schema and rules of plugins-shim: nothing here knows a
 * length or a pattern. Values are trimmed first (pasted SIDs and tokens often carry spaces).
 */

export const TOKEN_COLUMN = "msdyn_secureauthenticationtoken";

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

/**
 * The name as it is saved and compared: trimmed, runs of whitespace collapsed to one space, so
 * "Dup  Account" is the same account name as "Dup Account" (as an admin reads them).
 */
export const normalizeName = (name: string): string => name.trim().replace(/\s+/g, " ");

/** Checks only the columns given, each as a value the user left (blank counts as missing). */
const validateColumns = (record: Record<string, string>): FieldErrors =>
  toFieldErrors(validateRecord(table, record, { operation: "update" }));

export const validateName = (name: string): FieldErrors => validateColumns({ msdyn_name: normalizeName(name) });

export const validateCredentials = (accountSid: string, authToken: string): FieldErrors =>
  validateColumns({ msdyn_provideraccountid: accountSid.trim(), [TOKEN_COLUMN]: authToken.trim() });

export const validateAuthToken = (authToken: string): FieldErrors => validateColumns({ [TOKEN_COLUMN]: authToken.trim() });

/**
 * The record the wizard creates: a Twilio account (the provider is application-required and has
 * no column default: the form's default does not apply to a Web API create), the token in the
 * secured column only.
 */
export const toCreateRecord = (input: AccountInput): Record<string, string | number> => ({
  msdyn_name: normalizeName(input.name),
  msdyn_provideraccountid: input.accountSid.trim(),
  msdyn_providertype: PROVIDER_TYPE_TWILIO,
  [TOKEN_COLUMN]: input.authToken.trim(),
});

/**
 * The whole record as a create would send it. The schema counts the plain token column as filled
 * by the secured one (`satisfiedBy`), as the admin center does.
 */
export const validateForCreate = (input: AccountInput): FieldErrors =>
  toFieldErrors(validateRecord(table, toCreateRecord(input), { operation: "create" }));

export const hasErrors = (errors: FieldErrors): boolean => Object.keys(errors).length > 0;
