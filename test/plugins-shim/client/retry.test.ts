/** @jest-environment node */
import {
  abortableSleep,
  backoffDelay,
  CancelledError,
  createSerialClient,
  createSerialQueue,
  ErrorCodes,
  RetryProgress,
  withRetry,
} from "../../../plugins-shim/client";
import { InMemoryDataverse } from "../../../simulator/organization/inMemoryDataverse";
import {
  FaultyDataverseClient,
  networkError,
  throttledError,
  unavailableError,
  unexpectedError,
} from "../../../simulator/pcfHost/faultyDataverseClient";
import { fixtureNamed } from "../../../simulator/pcfHost/platformErrors";

/** A transport that exposes the Retry-After header (the CLI's HTTP client; context.webAPI does not). */
const throttledWithRetryAfter = (seconds: number) => ({
  errorCode: ErrorCodes.ServiceProtectionRequests,
  message: "Number of requests exceeded the limit.",
  status: 429,
  retryAfterSeconds: seconds,
});

/** A sleep that records the pauses instead of waiting. */
function fakeSleep() {
  const pauses: number[] = [];
  const sleep = async (ms: number, signal?: AbortSignal) => {
    if (signal?.aborted) throw new CancelledError();
    pauses.push(ms);
  };
  return { pauses, sleep };
}

const failing = (errors: unknown[], result = "done") => {
  let calls = 0;
  const operation = jest.fn(async () => {
    const error = errors[calls];
    calls += 1;
    if (error !== undefined) throw error;
    return result;
  });
  return operation;
};

describe("backoffDelay", () => {
  it("doubles per retry, caps at the maximum, and jitters within the upper half", () => {
    expect(backoffDelay(1, 1000, 30000, () => 0)).toBe(500);
    expect(backoffDelay(1, 1000, 30000, () => 0.999999)).toBe(1000);
    expect(backoffDelay(3, 1000, 30000, () => 0)).toBe(2000);
    expect(backoffDelay(10, 1000, 30000, () => 0.999999)).toBe(30000);
  });
});

describe("withRetry", () => {
  it.each([
    ["429 service protection", throttledError()],
    ["execution-time limit", { errorCode: ErrorCodes.ServiceProtectionExecutionTime, message: "" }],
    ["gateway failure", unavailableError()],
    ["network failure", networkError()],
    ["unexpected server error (0x80040216)", unexpectedError()],
  ])("retries a %s and returns the eventual result", async (_name, error) => {
    const { pauses, sleep } = fakeSleep();
    const operation = failing([error, error]);
    const progress: RetryProgress[] = [];
    await expect(withRetry(operation, { sleep, random: () => 0, onRetry: (p) => progress.push(p) })).resolves.toBe("done");
    expect(operation).toHaveBeenCalledTimes(3);
    expect(pauses).toEqual([500, 1000]);
    expect(progress.map((p) => p.nextAttempt)).toEqual([2, 3]);
  });

  it("does not retry errors a retry cannot fix", async () => {
    const { pauses, sleep } = fakeSleep();
    const duplicate = { errorCode: ErrorCodes.DuplicateRecord, message: "dup" };
    const operation = failing([duplicate]);
    await expect(withRetry(operation, { sleep })).rejects.toBe(duplicate);
    expect(operation).toHaveBeenCalledTimes(1);
    expect(pauses).toEqual([]);
  });

  it("does not retry the generic SQL error by itself", async () => {
    const { pauses, sleep } = fakeSleep();
    const sql = fixtureNamed("generic SQL error").error;
    const operation = failing([sql]);
    await expect(withRetry(operation, { sleep })).rejects.toBe(sql);
    expect(operation).toHaveBeenCalledTimes(1);
    expect(pauses).toEqual([]);
  });

  it("backs off exponentially on the platform's throttling, which carries no Retry-After", async () => {
    const { pauses, sleep } = fakeSleep();
    await withRetry(failing([throttledError(), throttledError(), throttledError()]), { sleep, random: () => 0 });
    expect(pauses).toEqual([500, 1000, 2000]);
  });

  it("gives up after the bounded number of attempts with the last error", async () => {
    const { sleep } = fakeSleep();
    const last = unavailableError();
    const operation = failing([unavailableError(), unavailableError(), last]);
    await expect(withRetry(operation, { sleep, maxAttempts: 3 })).rejects.toBe(last);
    expect(operation).toHaveBeenCalledTimes(3);
  });

  it("waits at least the Retry-After the server asked for", async () => {
    const { pauses, sleep } = fakeSleep();
    await withRetry(failing([throttledWithRetryAfter(12)]), { sleep, random: () => 0 });
    expect(pauses).toEqual([12000]);
  });

  it("stops instead of waiting longer than its bound when Retry-After asks for more", async () => {
    const { sleep } = fakeSleep();
    const error = throttledWithRetryAfter(600);
    const operation = failing([error]);
    await expect(withRetry(operation, { sleep, maxDelayMs: 30000 })).rejects.toBe(error);
    expect(operation).toHaveBeenCalledTimes(1);
  });

  it("cancels during the pause and sends nothing more", async () => {
    const controller = new AbortController();
    const operation = failing([throttledError(), throttledError()]);
    const sleep = async (_ms: number, signal?: AbortSignal) => {
      controller.abort();
      if (signal?.aborted) throw new CancelledError();
    };
    await expect(withRetry(operation, { sleep, signal: controller.signal })).rejects.toEqual(
      expect.objectContaining({ name: "CancelledError", mayHaveBeenApplied: false }),
    );
    expect(operation).toHaveBeenCalledTimes(1);
  });

  it("says a cancelled write may have been applied when an earlier attempt lost its answer", async () => {
    for (const [first, applied] of [
      [networkError(), true],
      [unexpectedError(), true],
      [throttledError(), false],
    ] as const) {
      const controller = new AbortController();
      const operation = failing([first, throttledError()]);
      const sleep = async (_ms: number, signal?: AbortSignal) => {
        if (operation.mock.calls.length === 2) controller.abort();
        if (signal?.aborted) throw new CancelledError();
      };
      const outcome = await withRetry(operation, { sleep, signal: controller.signal }).catch((reason: unknown) => reason);
      expect(outcome).toBeInstanceOf(CancelledError);
      // A throttled second attempt was refused, but the first may have reached Dataverse.
      expect((outcome as CancelledError).mayHaveBeenApplied).toBe(applied);
      expect(operation).toHaveBeenCalledTimes(2);
    }
  });

  it("keeps a success that arrives after the user cancelled (the server did the work)", async () => {
    const controller = new AbortController();
    const operation = jest.fn(async () => {
      controller.abort();
      return "created";
    });
    await expect(withRetry(operation, { signal: controller.signal })).resolves.toBe("created");
  });

  it("abortableSleep rejects at once when aborted", async () => {
    const controller = new AbortController();
    const pending = abortableSleep(60_000, controller.signal);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
  });
});

describe("one request in flight", () => {
  it("the serial queue runs tasks one after another, even after a failure", async () => {
    const enqueue = createSerialQueue();
    const order: string[] = [];
    const task =
      (name: string, fail = false) =>
      async () => {
        order.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, 1));
        order.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([enqueue(task("a", true)), enqueue(task("b")), enqueue(task("c"))]);
    expect(order).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "fulfilled", "fulfilled"]);
  });

  it("a serial client never lets two requests overlap", async () => {
    const faulty = new FaultyDataverseClient(new InMemoryDataverse());
    const client = createSerialClient(faulty);
    await Promise.all([
      client.retrieveMultipleRecords("msdyn_ocwhatsappchannelaccount", "?$select=msdyn_name"),
      client.retrieveMultipleRecords("msdyn_ocwhatsappchannelaccount", "?$select=msdyn_name"),
      client.retrieveMultipleRecords("msdyn_ocwhatsappchannelaccount", "?$select=msdyn_name"),
    ]);
    expect(faulty.count("retrieveMultipleRecords")).toBe(3);
    expect(faulty.maxInFlight).toBe(1);
  });

  it("without the serial client the same calls do overlap (the check above can fail)", async () => {
    const faulty = new FaultyDataverseClient(new InMemoryDataverse());
    await Promise.all([
      faulty.retrieveMultipleRecords("msdyn_ocwhatsappchannelaccount"),
      faulty.retrieveMultipleRecords("msdyn_ocwhatsappchannelaccount"),
    ]);
    expect(faulty.maxInFlight).toBe(2);
  });
});
