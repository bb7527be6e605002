/** @jest-environment node */
import fc from "fast-check";
import { compareVersions, MAX_VERSION_PART, parseVersion, solutionVersionOf } from "../../solution/version";

const part = fc.integer({ min: 0, max: MAX_VERSION_PART });
const parts = fc.array(part, { minLength: 2, maxLength: 4 });

describe("solution versions (System.Version: each part a 32-bit signed integer)", () => {
  it("reads every version whose parts fit", () => {
    fc.assert(fc.property(parts, (numbers) => expect(parseVersion(numbers.join("."))).toEqual(numbers)));
  });

  it("refuses a version with a part over the limit, as the verifier and the package version do", () => {
    fc.assert(
      fc.property(parts, fc.nat(3), fc.bigInt({ min: BigInt(MAX_VERSION_PART) + 1n, max: 10n ** 30n }), (numbers, at, over) => {
        const text = numbers.map((value, index) => (index === at % numbers.length ? over.toString() : String(value))).join(".");
        expect(parseVersion(text)).toBeUndefined();
        expect(() => compareVersions(text, "1.0")).toThrow(/Not a solution version/);
      }),
    );
    expect(parseVersion(`1.0.${MAX_VERSION_PART}.0`)).toEqual([1, 0, MAX_VERSION_PART, 0]);
    expect(parseVersion(`1.0.${MAX_VERSION_PART + 1}.0`)).toBeUndefined();
    expect(() => solutionVersionOf(`1.${MAX_VERSION_PART + 1}.0`)).toThrow(/at most 2147483647/);
    expect(solutionVersionOf(`1.${MAX_VERSION_PART}.0`)).toBe(`1.${MAX_VERSION_PART}.0.0`);
  });
});
