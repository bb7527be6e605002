/** @jest-environment node */
import fc from "fast-check";
import { createKeyedLocks } from "../../../plugins-shim/cli/keyedLocks";
import { progressLine } from "../../../plugins-shim/cli/progress";

/** The small parts of `intake --org --apply`: the per-key locks and the progress line. */

describe("keyed locks", () => {
  it("tasks sharing a key never overlap; tasks with no key in common all finish (no deadlock, whatever the order of their keys)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uniqueArray(fc.constantFrom("a", "b", "c", "d"), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 20 }),
        async (keySets) => {
          const locks = createKeyedLocks();
          const holding = new Set<string>();
          let overlaps = 0;
          await Promise.all(
            keySets.map((keys) =>
              locks(keys, async () => {
                if (keys.some((key) => holding.has(key))) overlaps += 1;
                keys.forEach((key) => holding.add(key));
                await new Promise((resolve) => setImmediate(resolve));
                keys.forEach((key) => holding.delete(key));
              }),
            ),
          );
          expect(overlaps).toBe(0);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("a task that fails frees its keys", async () => {
    const locks = createKeyedLocks();
    await expect(locks(["a"], () => Promise.reject(new Error("refused")))).rejects.toThrow("refused");
    await expect(locks(["a"], async () => "next")).resolves.toBe("next");
  });
});

describe("progress line", () => {
  const counts = { done: 500, created: 400, reused: 90, skipped: 0, failed: 10 };

  it("says count, rate and the time left from the share of the input read", () => {
    expect(progressLine(counts, 10_000, 0.25)).toBe(
      "intake: 500 posts (400 created, 90 reused, 0 already in --state, 10 failed), 50.0 posts/s, about 30 s left",
    );
    expect(progressLine(counts, 100_000, 0.5)).toMatch(/about 1 min 40 s left$/);
  });

  it("gives no estimate when the input's size is unknown (standard input)", () => {
    expect(progressLine(counts, 10_000, undefined)).not.toMatch(/left/);
  });
});
