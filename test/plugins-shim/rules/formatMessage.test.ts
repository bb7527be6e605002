/** @jest-environment node */
import { formatMessage } from "../../../plugins-shim/rules";

describe("formatMessage", () => {
  it("fills known placeholders and leaves unknown ones visible", () => {
    expect(formatMessage("Enter at most {max} characters (now {actual}). {other}", { max: 100, actual: 101 })).toBe(
      "Enter at most 100 characters (now 101). {other}",
    );
  });

  it("does not treat inherited object keys as parameters", () => {
    expect(formatMessage("{constructor}", {})).toBe("{constructor}");
  });
});
