/** validateText, validatePlainText and validateTextLength: length first, then URL / phone format, then pattern. */
import fc from "fast-check";
import { isValidPhoneNumber, judgeUrl, validatePlainText, validateText, validateTextLength } from "../../../plugins-shim/rules";
import type { ColumnMetadata } from "../../../plugins-shim/schema/types";

const column = (extra: Partial<ColumnMetadata> = {}): ColumnMetadata => ({
  logicalName: "subject",
  displayName: "Subject",
  type: "string",
  requiredLevel: "none",
  ...extra,
});
const SID = { regex: /^AC[0-9a-f]{32}$/, messageKey: "validation.format.accountSid" };

describe("validateTextLength", () => {
  it("refuses exactly the values longer than maxLength, naming the limit and the length", () => {
    fc.assert(
      fc.property(fc.nat(40), fc.string({ maxLength: 60 }), (max, value) => {
        const verdict = validateTextLength(column({ maxLength: max }), value);
        if (value.length <= max) expect(verdict).toBeUndefined();
        else
          expect(verdict).toEqual({
            column: "subject",
            code: "maxLength",
            messageKey: "validation.maxLength",
            params: { max, actual: value.length },
          });
      }),
    );
  });

  it("has no limit on a column without maxLength", () => {
    fc.assert(fc.property(fc.string({ maxLength: 500 }), (value) => expect(validateTextLength(column(), value)).toBeUndefined()));
  });
});

describe("validateText", () => {
  it("reports the length before the format: a long malformed link is too long, not malformed", () => {
    const verdict = validateText(column({ format: "url", maxLength: 5 }), "not a link at all");
    expect(verdict?.code).toBe("maxLength");
  });

  it("judges a URL column's value as judgeUrl does", () => {
    const values = ["https://example.com/ada", "javascript:alert(1)", "example.com", "http://example.com", "ftp://x.test/", ""];
    for (const value of values) {
      const verdict = judgeUrl(value);
      const result = validateText(column({ format: "url" }), value);
      if (verdict.ok) expect(result).toBeUndefined();
      else
        expect(result).toMatchObject({
          column: "subject",
          code: verdict.code,
          messageKey: verdict.messageKey ?? `validation.${verdict.code}`,
        });
    }
  });

  it("judges a phone column's value as isValidPhoneNumber does, with the phone message", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 20 }), fc.stringMatching(/^\+?[0-9 ()-]{0,18}$/)), (value) => {
        const result = validateText(column({ format: "phone" }), value);
        if (isValidPhoneNumber(value)) expect(result).toBeUndefined();
        else expect(result).toEqual({ column: "subject", code: "format", messageKey: "validation.format.phone", params: {} });
      }),
    );
  });

  it("checks the pattern last, on the value as stored (no trimming), with the pattern's message", () => {
    const sid = `AC${"0123456789abcdef".repeat(2)}`;
    expect(validateText(column({ pattern: SID }), sid)).toBeUndefined();
    expect(validateText(column({ pattern: SID }), ` ${sid} `)).toEqual({
      column: "subject",
      code: "format",
      messageKey: SID.messageKey,
      params: {},
    });
    expect(validateText(column({ pattern: SID, maxLength: 10 }), sid)?.code).toBe("maxLength");
  });
});

describe("validatePlainText", () => {
  it("agrees with validateText on columns with no format", () => {
    fc.assert(
      fc.property(fc.option(fc.nat(40), { nil: undefined }), fc.boolean(), fc.string({ maxLength: 50 }), (maxLength, patterned, value) => {
        const plain = column({ maxLength, pattern: patterned ? SID : undefined });
        expect(validatePlainText(plain, value)).toEqual(validateText(plain, value));
      }),
    );
  });

  it("refuses a URL or phone column, which validateText checks", () => {
    expect(() => validatePlainText(column({ format: "url" }), "https://example.com")).toThrow(/url format/);
    expect(() => validatePlainText(column({ format: "phone" }), "+1 555 0100")).toThrow(/phone format/);
  });
});
