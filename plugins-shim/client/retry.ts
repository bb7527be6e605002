import { CancelledError, ClassifiedError, classifyError } from "./errors";

/**
 * Bounded exponential backoff with jitter for throttling (service protection codes, HTTP 429),
 * 5xx and network failures. Clock and randomness are injectable so tests never wait.
 *
 * Cancelling stops the loop at the next pause or before the next attempt. A request already on
 * the wire cannot be recalled (`context.webAPI` has no abort), so its result, success included,
 * is still returned: a record the server created must never be forgotten. A cancel after an
 * attempt that failed ambiguously (lost answer, 5xx) rejects with `CancelledError(true)`: that
 * attempt may have been applied, and the caller must re-read before saying nothing happened.
 */

export interface RetryProgress {
  /** The attempt that will run after the pause (2 for the first retry). */
  nextAttempt: number;
  maxAttempts: number;
  delayMs: number;
  error: ClassifiedError;
}

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface RetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts?: number;
  baseDelayMs?: number;
  /** No pause is longer; a server asking for more (Retry-After) ends the retries instead. */
  maxDelayMs?: number;
  signal?: AbortSignal;
  onRetry?: (progress: RetryProgress) => void;
  sleep?: Sleep;
  /** 0 ≤ random() < 1, as Math.random. */
  random?: () => number;
  shouldRetry?: (error: ClassifiedError) => boolean;
}

export const DEFAULT_RETRY = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 30000 } as const;

/** Waits `ms`, or rejects with CancelledError as soon as `signal` aborts. */
export const abortableSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new CancelledError());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new CancelledError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });

/**
 * Pause before retry number `retry` (1-based): "equal jitter" — half the exponential step plus a
 * random share of the other half, so many clients throttled together do not return together.
 */
export function backoffDelay(retry: number, baseDelayMs: number, maxDelayMs: number, random: () => number): number {
  const step = Math.min(maxDelayMs, baseDelayMs * 2 ** (retry - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

export async function withRetry<T>(operation: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const {
    maxAttempts = DEFAULT_RETRY.maxAttempts,
    baseDelayMs = DEFAULT_RETRY.baseDelayMs,
    maxDelayMs = DEFAULT_RETRY.maxDelayMs,
    signal,
    onRetry,
    sleep = abortableSleep,
    random = Math.random,
    shouldRetry = (error: ClassifiedError) => error.retryable,
  } = options;

  let mayHaveBeenApplied = false;
  const cancelled = () => new CancelledError(mayHaveBeenApplied);
  for (let attempt = 1; ; attempt += 1) {
    if (signal?.aborted) throw cancelled();
    try {
      return await operation(attempt);
    } catch (reason) {
      if (reason instanceof CancelledError) throw reason.mayHaveBeenApplied || !mayHaveBeenApplied ? reason : cancelled();
      const error = classifyError(reason);
      mayHaveBeenApplied ||= error.ambiguous;
      if (attempt >= maxAttempts || !shouldRetry(error)) throw reason;
      const retryAfterMs = error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : undefined;
      // Honour the server's Retry-After; when it asks for longer than we may wait, stop and say so.
      if (retryAfterMs !== undefined && retryAfterMs > maxDelayMs) throw reason;
      const delayMs = Math.max(retryAfterMs ?? 0, backoffDelay(attempt, baseDelayMs, maxDelayMs, random));
      onRetry?.({ nextAttempt: attempt + 1, maxAttempts, delayMs, error });
      try {
        await sleep(delayMs, signal);
      } catch (pause) {
        throw pause instanceof CancelledError ? cancelled() : pause;
      }
    }
  }
}

/**
 * Runs tasks one after another: at most one request in flight, as service protection asks of
 * interactive clients. A failed task does not block the ones queued behind it.
 */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
