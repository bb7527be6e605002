/** @jest-environment node */
import fc from "fast-check";
import { createLimiter } from "../../dataverse-node/limiter";
import { boundedConcurrency, DEFAULT_CONCURRENCY, SERVICE_PROTECTION_LIMITS } from "../../dataverse-node/serviceProtection";

describe("createLimiter", () => {
  it("never runs more than max tasks at once, runs them all, and frees a place on failure", async () => {
    // Tasks finish when the test says, in an order fast-check picks; no clock is involved.
    const flush = () => new Promise<void>((resolve) => setImmediate(resolve));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        async (max, failures, picks) => {
          const limit = createLimiter(max);
          const running = new Map<number, () => void>();
          let peak = 0;
          const results = failures.map((fails, index) =>
            limit(async () => {
              await new Promise<void>((resolve) => {
                running.set(index, resolve);
                peak = Math.max(peak, running.size);
              });
              running.delete(index);
              if (fails) throw new Error(`task ${index}`);
              return index;
            }).then(
              () => true,
              () => false,
            ),
          );
          await flush();
          for (let step = 0; running.size > 0; step += 1) {
            const ids = [...running.keys()];
            running.get(ids[(picks[step] ?? 0) % ids.length])!();
            await flush();
          }
          expect(peak).toBeLessThanOrEqual(max);
          expect(peak).toBe(Math.min(max, failures.length));
          expect(await Promise.all(results)).toEqual(failures.map((fails) => !fails));
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe("boundedConcurrency", () => {
  it("defaults low and never exceeds the platform's 52 concurrent requests", () => {
    expect(boundedConcurrency(undefined)).toBe(DEFAULT_CONCURRENCY);
    expect(boundedConcurrency(500)).toBe(SERVICE_PROTECTION_LIMITS.concurrentRequests);
    expect(() => boundedConcurrency(0)).toThrow(RangeError);
  });
});
