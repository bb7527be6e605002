/**
 * Dataverse's service protection limits, per user and per web server, over a sliding window of
 * 5 minutes ("Service protection API limits",
 * learn.microsoft.com/power-apps/developer/data-platform/api-limits): 6,000 requests, 20 minutes
 * of combined execution time, 52 concurrent requests. Past them the Web API answers 429 Too Many
 * Requests with a `Retry-After` header (seconds); the page asks clients to wait that long and to
 * keep their degree of parallelism bounded (it names the `x-ms-dop-hint` response header as the
 * recommended one).
 */
export const SERVICE_PROTECTION_LIMITS = {
  windowSeconds: 300,
  requestsPerWindow: 6000,
  executionMillisecondsPerWindow: 20 * 60 * 1000,
  concurrentRequests: 52,
} as const;

/**
 * Requests in flight at once by default: well below the 52 allowed, since a person's other tools
 * (the app in a browser, a flow) count against the same user's limits.
 */
export const DEFAULT_CONCURRENCY = 4;

/** A concurrency asked for, bounded to what the platform allows. */
export function boundedConcurrency(requested: number | undefined): number {
  if (requested === undefined) return DEFAULT_CONCURRENCY;
  if (!Number.isInteger(requested) || requested < 1)
    throw new RangeError(`Concurrency must be a whole number from 1 to ${SERVICE_PROTECTION_LIMITS.concurrentRequests}.`);
  return Math.min(requested, SERVICE_PROTECTION_LIMITS.concurrentRequests);
}
