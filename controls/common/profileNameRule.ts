import { formatMessage, PROFILE_NAME_COLUMN, validateTextLength } from "./schemaImports";

/** The profile name's rules from plugins-shim (its column's max length); required comes from the form. */
export const PROFILE_NAME_MAX_LENGTH = PROFILE_NAME_COLUMN.maxLength;

/**
 * The localized problem with a typed profile name, or undefined when it can be saved. Blank is
 * allowed unless the form marks the column required (Dataverse stores blank text as null).
 */
export function profileNameError(value: string, required: boolean, getString: (key: string) => string): string | undefined {
  if (value.trim() === "") return required ? getString("validation.required") : undefined;
  // A text column with no format and no pattern (test/controls/common/profileNameRule.test.ts holds
  // it so): its length is all validateText, and so validateValue, would check.
  const problem = validateTextLength(PROFILE_NAME_COLUMN, value);
  return problem ? formatMessage(getString(problem.messageKey), problem.params) : undefined;
}
