/**
 * createSerialClient: one request at a time, in the order asked, each caller getting its own answer,
 * a failed request not stopping the ones behind it. The wrapped client's requests are settled by
 * the test, one by one, so the order is the test's to choose, not a clock's.
 * @jest-environment node
 */
import fc from "fast-check";
import type { DataverseClient } from "../../../plugins-shim/client/DataverseClient";
import { createSerialClient } from "../../../plugins-shim/client/serialClient";

type Method = keyof DataverseClient;
const METHODS: readonly Method[] = ["createRecord", "updateRecord", "deleteRecord", "retrieveRecord", "retrieveMultipleRecords"];

interface Started {
  method: Method;
  args: unknown[];
  settle: (fails: boolean) => void;
}

/** A client whose every request waits until the test settles it, recording what started. */
function scriptedClient(): { client: DataverseClient; started: Started[]; open: () => number } {
  const started: Started[] = [];
  let settled = 0;
  const request =
    (method: Method) =>
    (...args: unknown[]) =>
      new Promise<never>((resolve, reject) => {
        started.push({
          method,
          args,
          settle: (fails) => {
            settled += 1;
            if (fails) reject(new Error(`${method} ${started.length} failed`));
            else resolve({ method, args } as never);
          },
        });
      });
  const client = Object.fromEntries(METHODS.map((method) => [method, request(method)])) as unknown as DataverseClient;
  return { client, started, open: () => started.length - settled };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe("createSerialClient", () => {
  it("sends one request at a time, in the order asked, and answers each caller with its own result", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ method: fc.constantFrom(...METHODS), id: fc.uuid(), fails: fc.boolean() }), { minLength: 1, maxLength: 12 }),
        async (calls) => {
          const { client, started, open } = scriptedClient();
          const serial = createSerialClient(client);
          const answers = calls.map(({ method, id }) =>
            (serial[method] as (...args: unknown[]) => Promise<unknown>)("socialprofiles", id).then(
              (value) => ({ ok: true, value }),
              (error: Error) => ({ ok: false, message: error.message }),
            ),
          );
          for (let i = 0; i < calls.length; i++) {
            await flush();
            expect(open()).toBe(1);
            expect(started).toHaveLength(i + 1);
            expect(started[i]).toMatchObject({ method: calls[i].method, args: ["socialprofiles", calls[i].id] });
            started[i].settle(calls[i].fails);
          }
          const results = await Promise.all(answers);
          results.forEach((result, i) => {
            if (calls[i].fails) expect(result).toEqual({ ok: false, message: `${calls[i].method} ${i + 1} failed` });
            else expect(result).toEqual({ ok: true, value: { method: calls[i].method, args: ["socialprofiles", calls[i].id] } });
          });
        },
      ),
      { numRuns: 50 },
    );
  });
});
