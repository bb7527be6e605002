/** @jest-environment node */
import { formatCount, formatDecimal } from "../../../controls/common/formatCount";
import { localeFromLcid } from "../../../controls/common/locale";

const LOCALES = [1033, 1036, 1031, 1041, 1025].map(localeFromLcid);

describe("formatCount", () => {
  it.each(LOCALES)("formats compact and exact per locale (%s)", (locale) => {
    for (const value of [0, 7, 999, 12_345, 1_234_567, 2_147_483_647, -2_147_483_648, -4_200]) {
      expect(formatCount(value, locale)).toEqual({
        short: new Intl.NumberFormat(locale, { notation: "compact", useGrouping: true }).format(value),
        exact: new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: true }).format(value),
      });
    }
  });

  it('groups four-digit counts in German and Japanese as five-digit ones (not "4458" beside "15.838")', () => {
    expect(formatCount(4458, "de-DE")!.short).toBe("4.458");
    expect(formatCount(15_838, "de-DE")!.short).toBe("15.838");
    expect(formatCount(4458, "ja-JP")!.short).toBe("4,458");
    expect(formatCount(-4200, "de-DE")!.short).toMatch(/^[-−]4\.200$/);
    // With the user's separators (Personalization settings → Formats) the same way.
    expect(formatCount(4458, "de-DE", { groupSeparator: ".", decimalSeparator: "," })!.short).toBe("4.458");
    expect(formatCount(4458, "ja-JP", { groupSeparator: ",", decimalSeparator: "." })!.short).toBe("4,458");
  });

  it("shortens large numbers (the compact form is not the exact one)", () => {
    const formatted = formatCount(1_234_567, "en-US")!;
    expect(formatted.short).not.toBe(formatted.exact);
    expect(formatted.short.length).toBeLessThan(formatted.exact.length);
  });

  it("keeps the sign of negative counts", () => {
    expect(formatCount(-4_200, "en-US")!.short).toMatch(/^[-−]/);
  });

  it("returns undefined for null, undefined and non-finite values (the card shows —)", () => {
    expect(formatCount(null, "en-US")).toBeUndefined();
    expect(formatCount(undefined, "en-US")).toBeUndefined();
    expect(formatCount(Number.NaN, "en-US")).toBeUndefined();
  });
});

describe("formatDecimal", () => {
  it.each(LOCALES)("keeps two places in %s", (locale) => {
    expect(formatDecimal(1234.567, locale, 2)).toBe(new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(1234.567));
  });
  it("returns undefined for null", () => {
    expect(formatDecimal(null, "fr-FR", 2)).toBeUndefined();
  });
});

describe("formatCount with the user's Dataverse format", () => {
  it("keeps Intl's magnitude in the UI language and puts in the user's separators", () => {
    // An English UI with German-style separators (Personalization settings → Formats).
    const formatted = formatCount(1_234_567, "en-US", { groupSeparator: ".", decimalSeparator: "," })!;
    expect(formatted.short).toBe("1,2M");
    expect(formatted.exact).toBe("1.234.567");
  });

  it("takes the exact figure from the host's formatting when there is one", () => {
    expect(formatCount(12_345, "fr-FR", { formatInteger: (value) => `<${value}>` })!.exact).toBe("<12345>");
  });

  it("formats decimals with the host, trimming padding zeros", () => {
    const calls: (number | undefined)[] = [];
    const host = { formatDecimal: (value: number, precision?: number) => (calls.push(precision), value.toFixed(precision)) };
    expect(formatDecimal(42.5, "en-US", 2, host)).toBe("42.5");
    expect(formatDecimal(42, "en-US", 2, host)).toBe("42");
    expect(formatDecimal(1.236, "en-US", 2, host)).toBe("1.24");
    expect(calls).toEqual([1, 0, 2]);
  });
});
