/** @jest-environment node */
import { caseVariantKeys } from "../../../plugins-shim/intake/readKeys";
import { parseSocialPost } from "../../../plugins-shim/intake";

/** `count` different letter-case spellings of `word` (its letters: 2^length spellings). */
function spellings(word: string, count: number): string[] {
  return Array.from({ length: count }, (_, n) => [...word].map((letter, i) => ((n >> i) & 1 ? letter.toUpperCase() : letter)).join(""));
}

/**
 * Steps taken through array iterators (spread, for…of, Array.from) while `run` runs: a count of
 * operations that does not depend on the machine's speed or load. Patching the iterator's next
 * turns V8's fast paths for arrays off, so every step is counted.
 */
function iteratorSteps(run: () => void): number {
  const prototype = Object.getPrototypeOf([][Symbol.iterator]()) as { next: (...args: unknown[]) => unknown };
  const next = prototype.next;
  let steps = 0;
  prototype.next = function (this: unknown, ...args: unknown[]) {
    steps += 1;
    return next.apply(this, args);
  };
  try {
    run();
  } finally {
    prototype.next = next;
  }
  return steps;
}

describe("reading keys case-insensitively costs what the keys cost (48,000 spellings of one key took 94 s)", () => {
  it("caseVariantKeys: twice the spellings, at most about twice the steps (quadratic would be four times)", () => {
    const steps = (count: number) =>
      iteratorSteps(() => caseVariantKeys(Object.fromEntries(spellings("activityadditionalparams", count).map((key) => [key, 1]))));
    const [small, large] = [steps(2000), steps(4000)];
    expect(large / small).toBeLessThan(2.5);
  });

  it("parseSocialPost over a payload of spellings: linear as a whole", () => {
    const steps = (count: number) =>
      iteratorSteps(() => parseSocialPost(Object.fromEntries(spellings("posturlxxxxxxxxxx", count).map((key) => [key, "x"]))));
    const [small, large] = [steps(2000), steps(4000)];
    expect(large / small).toBeLessThan(2.5);
  });
});
