import { DataverseRequestError, SignInError } from "../../dataverse-node";
import type { ChangeSetOperation, NodeDataverseClient } from "../../dataverse-node";
import { backoffDelay, classifyError } from "../client";
import { IntakePlan, planIntake, resolvedData, SocialPost } from "../intake";
import { OrganizationService } from "../pipeline";

/**
 * One post written to an org: planned (planIntake.ts reads the org), then its new rows sent as ONE
 * `$batch` change set, so the activity, the profile and the contact are all written or none
 * ("Execute batch operations using the Web API", Change sets). New rows refer to each other by
 * Content-ID (`"$1"`).
 *
 * Invariant: a post is never written twice. The write itself is idempotent: the new rows carry
 * ids derived from the post and its author (intakeIds.ts), so a second create of the same row,
 * whoever sends it (a resend after a lost answer whose change set commits late, another run, the
 * webhook's step), is refused as a duplicate (DuplicateRecord) and its whole change set rolled
 * back. Every attempt also re-reads before it writes; a post already there is reused. So:
 * - throttling (429: the request never ran) waits Retry-After, or a backoff, and tries again, with
 *   no bound: throttling slows the run, never fails it;
 * - an ambiguous failure (a lost answer, a 5xx: the change set may have been applied) is retried
 *   a bounded number of times, each time from the re-read: if the set was applied the re-read finds
 *   the activity and the post is reused;
 * - a duplicate (a row with one of the plan's ids, or the profile's alternate key, is there: an
 *   earlier attempt's change set committed after the re-read, or another writer raced) is read
 *   again and the rows found are reused, a bounded number of times;
 * - any other failure is the post's (a refusal: it is written to --failed and the run goes on).
 *
 * Cancel (the signal) stops between attempts: a change set on the wire is let finish (the client
 * never aborts a write), so a cancelled post was written or not, and the next run's re-read tells.
 */

export interface ApplyDeps {
  /** Reads for the plan (the Node client behind an organization service). */
  service: OrganizationService;
  client: Pick<NodeDataverseClient, "executeChangeSet">;
  sleep: (ms: number) => Promise<void>;
  signal?: AbortSignal;
  /** One line per wait or retry (stderr). */
  log?: (line: string) => void;
}

export interface Applied {
  action: "create" | "reuse";
  socialactivity: string;
  socialprofile: string | null;
  contact: string | null;
  /** Reused after an ambiguous failure: this run's own write, found by the re-read. */
  recovered?: boolean;
}

/** Ambiguous failures tried again per post, each after a re-read. */
export const MAX_AMBIGUOUS_RETRIES = 5;
/** Duplicates read again per post (each re-read finds more of what raced it: at most the activity, then the profile). */
export const MAX_DUPLICATE_REREADS = 3;
const THROTTLE_BACKOFF = { baseDelayMs: 1000, maxDelayMs: 60_000 };

export async function applyPost(post: SocialPost, deps: ApplyDeps): Promise<Applied> {
  let ambiguous = 0;
  let duplicates = 0;
  let throttled = 0;
  for (;;) {
    if (deps.signal?.aborted) throw new Error("Cancelled before the post was written.");
    try {
      const plan = await planIntake(deps.service, post);
      if (plan.kind === "reuse") return { ...reused(plan), ...(ambiguous + duplicates > 0 ? { recovered: true } : {}) };
      const ids = await deps.client.executeChangeSet(changeSetOf(plan));
      return created(
        plan,
        ids.map((ref) => ref.id),
      );
    } catch (reason) {
      // Sign-in refused: no retry mends it, and each would ask the person to sign in again.
      if (reason instanceof SignInError) throw reason;
      const error = classifyError(reason);
      if (error.kind === "throttled") {
        // The client's own retries ran out (or the pause asked for was too long for them): wait here.
        throttled += 1;
        const waitMs = Math.max(
          (error.retryAfterSeconds ?? 0) * 1000,
          backoffDelay(throttled, THROTTLE_BACKOFF.baseDelayMs, THROTTLE_BACKOFF.maxDelayMs, Math.random),
        );
        deps.log?.(`${post.posturl}: throttled (${error.supportCode}); trying again in ${Math.ceil(waitMs / 1000)} s`);
        await deps.sleep(waitMs);
        continue;
      }
      if (error.kind === "duplicate" && duplicates < MAX_DUPLICATE_REREADS) {
        duplicates += 1;
        deps.log?.(`${post.posturl}: already written (${error.supportCode}); reading the org again to reuse it`);
        continue;
      }
      if (error.ambiguous && !answeredNo(reason) && ambiguous < MAX_AMBIGUOUS_RETRIES) {
        ambiguous += 1;
        deps.log?.(`${post.posturl}: no clear answer (${error.supportCode}); reading the org again before retrying`);
        continue;
      }
      throw reason;
    }
  }
}

/**
 * The server answered with a 4xx (not 429): a change set it refuses is rolled back whole, so the
 * refusal is definitive even when its code is one errors.ts does not know (and calls ambiguous).
 */
const answeredNo = (reason: unknown): boolean =>
  reason instanceof DataverseRequestError && reason.status !== undefined && reason.status >= 400 && reason.status < 500;

/** The plan's rows as one change set: Content-IDs as planned, references as `"$n"`. */
export function changeSetOf(plan: Extract<IntakePlan, { kind: "create" }>): ChangeSetOperation[] {
  return plan.writes.map((write) => ({
    kind: "create",
    table: write.table,
    contentId: write.contentId,
    data: resolvedData(write, (contentId) => `$${contentId}`),
  }));
}

function reused(plan: Extract<IntakePlan, { kind: "reuse" }>): Applied {
  return {
    action: "reuse",
    socialactivity: plan.socialactivity.id,
    socialprofile: plan.profile?.id ?? null,
    contact: plan.contact.action === "reuse" ? plan.contact.id : null,
  };
}

function created(plan: Extract<IntakePlan, { kind: "create" }>, ids: string[]): Applied {
  const idOf = (table: string) => ids[plan.writes.findIndex((write) => write.table === table)];
  return {
    action: "create",
    socialactivity: idOf("socialactivity"),
    socialprofile: plan.profile.action === "reuse" ? plan.profile.id : idOf("socialprofile"),
    contact: plan.contact.action === "reuse" ? plan.contact.id : plan.contact.action === "create" ? idOf("contact") : null,
  };
}
