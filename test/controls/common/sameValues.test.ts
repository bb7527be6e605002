/** @jest-environment node */
import fc from "fast-check";
import { sameValues } from "../../../controls/common/sameValues";

describe("sameValues", () => {
  it("is true for equal own values, false when a key is missing, added or changed", () => {
    expect(sameValues({ a: 1, b: "x" }, { b: "x", a: 1 })).toBe(true);
    expect(sameValues({ a: 1 }, { a: 1, b: undefined } as { a: number })).toBe(false);
    expect(sameValues({ a: 1, b: 2 }, { a: 1 } as { a: number; b: number })).toBe(false);
    expect(sameValues({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameValues({ a: {} }, { a: {} })).toBe(false); // shallow: another object is another value
    expect(sameValues({ a: NaN }, { a: NaN })).toBe(true);
    expect(sameValues({ a: 0 }, { a: -0 })).toBe(false);
  });

  it("compares arrays item by item (the card's unreadable columns)", () => {
    expect(sameValues(["a", "b"], ["a", "b"])).toBe(true);
    expect(sameValues(["a", "b"], ["a"])).toBe(false);
    expect(sameValues(["a,b"], ["a", "b"])).toBe(false);
    expect(sameValues(undefined, undefined)).toBe(true);
    expect(sameValues(undefined, {})).toBe(false);
  });

  it("agrees with a key-by-key comparison of copies", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.string(), fc.boolean())), fc.boolean(), (record, change) => {
        const copy = { ...record };
        const keys = Object.keys(copy);
        if (change && keys.length > 0) copy[keys[0]] = typeof copy[keys[0]] === "string" ? 1 : "changed";
        expect(sameValues(record, copy)).toBe(!(change && keys.length > 0));
      }),
    );
  });
});
