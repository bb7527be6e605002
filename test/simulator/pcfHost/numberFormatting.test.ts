/** @jest-environment node */
import { formatWithSeparators, separatorsOf } from "../../../simulator/pcfHost/numberFormatting";

describe("the fakes' number formats (playground languages)", () => {
  it("take each shipped language's separators from Intl, in Latin digits", () => {
    expect(separatorsOf("en-US")).toEqual({ group: ",", decimal: "." });
    expect(separatorsOf("de-DE")).toEqual({ group: ".", decimal: "," });
    const french = separatorsOf("fr-FR");
    expect(french.decimal).toBe(",");
    expect(french.group).toMatch(/^\s$/u); // a (narrow) no-break space, as Intl writes it
    expect(formatWithSeparators(12345.6, 1, french)).toBe(`12${french.group}345,6`);
    expect(formatWithSeparators(12345.6, 1, separatorsOf("ar-SA"))).toMatch(/^[0-9.,]+$/);
  });
});
