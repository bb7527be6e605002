/**
 * At most `max` tasks running at once; the others wait in order. Bounds the requests in flight
 * under the service protection limit of concurrent requests (serviceProtection.ts). A task that
 * fails frees its place like one that succeeds.
 */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export function createLimiter(max: number): Limiter {
  if (!Number.isInteger(max) || max < 1) throw new RangeError("A limiter needs at least one place.");
  let running = 0;
  const waiting: Array<() => void> = [];
  // A finished task hands its place straight to the first waiter: counting it free first would let
  // a newcomer take it in between, and one task too many would run.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
