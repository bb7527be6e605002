/** @jest-environment node */
import { performance } from "node:perf_hooks";
import { InMemoryDataverse } from "../../../simulator/organization/inMemoryDataverse";
import { socialprofile } from "../../../plugins-shim/schema";
import { validateRecord } from "../../../plugins-shim/rules";

/**
 * Keys are user input (a `validate` file, an `--existing` file). A key shaped to make a
 * backtracking regex work in n² steps — many underscores, then a character that fails the match —
 * must cost about as much as the same number of characters in short keys. No timing assertion:
 * the long key is compared with 1 KB keys of the same total size, in the same run.
 */
const hostileKey = (length: number) => `${"a_".repeat(length / 2)}-@odata.bind`;

const judgeEverywhere = async (key: string): Promise<void> => {
  const record = { profilename: "contoso", community: 2, [key]: `/contacts(2f9c5a5e-1b7e-4e3a-9d4b-1a2b3c4d5e6f)` };
  const found = validateRecord(socialprofile, record);
  expect(found).toEqual([
    expect.objectContaining({ column: key, messageKey: expect.stringMatching(/^validation\.(bindNotLookup|unknownColumn)$/) }),
  ]);
  const org = new InMemoryDataverse();
  await expect(org.createRecord("socialprofile", record)).rejects.toMatchObject({ message: expect.any(String) });
  expect(() => org.seed("socialprofile", [record])).toThrow();
};

/** The fastest of three runs of judging `count` keys of `length` characters. */
async function cost(length: number, count: number): Promise<number> {
  const key = hostileKey(length);
  let best = Infinity;
  for (let run = 0; run < 3; run += 1) {
    const start = performance.now();
    for (let i = 0; i < count; i += 1) await judgeEverywhere(key);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe("work on long keys is linear", () => {
  it("judges a 64 KB key and a 1 MB key for about the cost of as many characters in 1 KB keys", async () => {
    await cost(1024, 8); // warm up
    const short64 = await cost(1024, 64);
    const long64 = await cost(64 * 1024, 1);
    // Quadratic work would make the long key 64 times dearer; linear work costs about the same.
    expect(long64).toBeLessThan(Math.max(short64, 1) * 16);
    const short1M = await cost(1024, 1024);
    const long1M = await cost(1024 * 1024, 1);
    expect(long1M).toBeLessThan(Math.max(short1M, 1) * 16);
  });
});
