/** @jest-environment node */
import fc from "fast-check";
import { profileNameError } from "../../../controls/common/profileNameRule";
import { formatMessage, validateText, validateValue } from "../../../plugins-shim/rules";
import { PROFILE_NAME_COLUMN } from "../../../plugins-shim/schema/socialprofileName";
import { socialprofile } from "../../../plugins-shim/schema/socialprofile";

/**
 * The card checks a typed profile name with the length rule alone (validateTextLength), leaving
 * the URL and phone parsers out of its bundle: that is the whole rule only while the column has
 * no format and no pattern, and it must judge every text as validateValue does.
 */
describe("profileNameError", () => {
  const getString = (key: string) => `${key} {max} {actual}`;

  it("checks a column with no format and no pattern, the table's own profile name column", () => {
    expect(PROFILE_NAME_COLUMN).toBe(socialprofile.columns.profilename);
    expect(PROFILE_NAME_COLUMN.type).toBe("string");
    expect(PROFILE_NAME_COLUMN.format).toBeUndefined();
    expect(PROFILE_NAME_COLUMN.pattern).toBeUndefined();
  });

  it("says what validateValue says of any non-blank text", () => {
    const text = fc.oneof(
      fc.string({ maxLength: 120 }),
      fc.string({ minLength: 95, maxLength: 105 }),
      fc.string({ unit: "grapheme", maxLength: 110 }),
    );
    fc.assert(
      fc.property(text, fc.boolean(), (value, required) => {
        fc.pre(value.trim() !== "");
        const problem = validateValue(PROFILE_NAME_COLUMN, value);
        expect(validateText(PROFILE_NAME_COLUMN, value)).toEqual(problem);
        expect(profileNameError(value, required, getString)).toBe(
          problem ? formatMessage(getString(problem.messageKey), problem.params) : undefined,
        );
      }),
    );
  });

  it("refuses one character over the column's length, with the length in the message", () => {
    const max = PROFILE_NAME_COLUMN.maxLength!;
    expect(profileNameError("x".repeat(max), false, getString)).toBeUndefined();
    expect(profileNameError("x".repeat(max + 1), false, getString)).toBe(`validation.maxLength ${max} ${max + 1}`);
  });

  it("allows blank unless required", () => {
    expect(profileNameError("  ", false, getString)).toBeUndefined();
    expect(profileNameError("  ", true, getString)).toBe("validation.required {max} {actual}");
  });
});
