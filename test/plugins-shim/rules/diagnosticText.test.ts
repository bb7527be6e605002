import { diagnostic, diagnosticText, localizedMessage } from "../../../plugins-shim/rules";

const strings: Record<string, string> = {
  "validation.maxLength": "At most {max} characters (now {actual}).",
  "validation.range": "Between {min} and {max}.",
  "custom.key": "Custom {value}",
};
const lookup = (key: string): string | undefined => strings[key];

describe("diagnosticText: the one diagnostic → text formatter", () => {
  it("writes numbers for the locale it is given, text params as they are", () => {
    const found = diagnostic("influencescore", "range", { min: 0, max: 1000000000 });
    expect(diagnosticText(found, lookup, "en-US")).toBe("Between 0 and 1,000,000,000.");
    expect(diagnosticText(found, lookup, "de-DE")).toBe("Between 0 and 1.000.000.000.");
    // French groups with a narrow no-break space (CLDR), not a plain one.
    expect(diagnosticText(found, lookup, "fr-FR")).toBe("Between 0 and 1\u202f000\u202f000\u202f000.");
    expect(localizedMessage("{name}: {count}", { name: "1000", count: 1000 }, "en-US")).toBe("1000: 1,000");
  });

  it("takes the diagnostic's own message, else its code's generic one, else shows the key", () => {
    expect(diagnosticText(diagnostic("x", "maxLength", { max: 100, actual: 101 }), lookup, "en-US")).toBe(
      "At most 100 characters (now 101).",
    );
    expect(diagnosticText(diagnostic("x", "range", { value: 3 }, "custom.key"), lookup, "en-US")).toBe("Custom 3");
    expect(diagnosticText(diagnostic("x", "maxLength", { max: 5, actual: 6 }, "validation.maxLength.special"), lookup, "en-US")).toBe(
      "At most 5 characters (now 6).",
    );
    expect(diagnosticText(diagnostic("x", "choice", {}, "validation.choice.special"), lookup)).toBe("validation.choice.special");
  });

  it("keeps an empty template: only a missing one falls back", () => {
    expect(diagnosticText(diagnostic("x", "range", {}, "empty"), (key) => (key === "empty" ? "" : strings[key]))).toBe("");
    expect(localizedMessage("{count} of {total}", { count: 1234, total: "many" }, "en-US")).toBe("1,234 of many");
  });
});
