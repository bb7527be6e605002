/** @jest-environment node */
import fc from "fast-check";
import { isValidPhoneNumber } from "../../../plugins-shim/rules";

describe("isValidPhoneNumber", () => {
  it.each([
    "+14255550100",
    "+1 (425) 555-0100",
    "+44 20 7946 0958",
    "020 7946 0958",
    "+81-3-1234-5678",
    "(425) 555.0100",
    "+971 4 123 4567",
  ])("accepts the real number %p", (phone) => expect(isValidPhoneNumber(phone)).toBe(true));

  it.each([
    "1-800-FLOWERS",
    "+1 425 555 0100 ext 12",
    "phone",
    "+0 123 456",
    "++1 425",
    "12",
    "+1234567890123456",
    "(425 555 0100",
    "425) 555 (0100",
    "",
  ])("rejects %p", (phone) => expect(isValidPhoneNumber(phone)).toBe(false));

  const e164 = fc
    .tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 14 }))
    .map(([first, rest]) => `+${first}${rest.join("")}`);

  it("accepts every E.164 number, with or without separators", () => {
    const separator = fc.constantFrom("", " ", "-", ".");
    fc.assert(
      fc.property(e164, separator, (number, sep) => {
        const grouped = number.slice(0, 2) + sep + number.slice(2).replace(/(\d{3})(?=\d)/g, `$1${sep}`);
        expect(isValidPhoneNumber(number)).toBe(true);
        expect(isValidPhoneNumber(grouped)).toBe(true);
      }),
    );
  });

  it("rejects any number containing a letter", () => {
    fc.assert(
      fc.property(e164, fc.nat(), fc.constantFrom(..."abcxyzABCXYZ"), (number, at, letter) => {
        const i = 1 + (at % number.length);
        expect(isValidPhoneNumber(number.slice(0, i) + letter + number.slice(i))).toBe(false);
      }),
    );
  });
});
