/** @jest-environment node */
import fc from "fast-check";
import { shownValue } from "../../../plugins-shim/rules";

describe("shownValue", () => {
  it("renders values whose String() throws", () => {
    // The counterexample fast-check found in CI: JSON can carry a `toString` key set to null.
    expect(() => String([{ toString: null }])).toThrow(TypeError);
    expect(shownValue([{ toString: null }])).toBe('[{"toString":null}]');
    expect(shownValue(Object.create(null))).toBe("{}");
  });

  it("falls back to the type tag where JSON cannot render the value", () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(shownValue(cycle)).toBe("[object Object]");
    expect(shownValue({ big: BigInt(1) })).toBe("[object Object]");
  });

  it("keeps short strings and scalars as they are", () => {
    expect(shownValue("twitter")).toBe("twitter");
    expect(shownValue(42)).toBe("42");
    expect(shownValue(null)).toBe("null");
    expect(shownValue(undefined)).toBe("undefined");
  });

  it("never throws and never quotes more than 80 characters, ending long ones with an ellipsis", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true, withObjectString: true, withBoxedValues: true }), (value) => {
        const shown = shownValue(value);
        expect(typeof shown).toBe("string");
        expect(shown.length).toBeLessThanOrEqual(80);
      }),
      { numRuns: 500 },
    );
    expect(shownValue("x".repeat(200))).toBe(`${"x".repeat(79)}…`);
  });
});
