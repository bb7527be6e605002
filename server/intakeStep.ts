import type { DataverseClient, RecordData } from "../plugins-shim/client";
import { DUPLICATE_CODES, normalizeErrorCode, toDataverseError } from "../plugins-shim/client";
import { createKeyedLocks } from "../plugins-shim/cli/keyedLocks";
import { parseSocialPost, planAuthor, SocialPost } from "../plugins-shim/intake";
import { createClientOrganizationService } from "../plugins-shim/pipeline/clientOrganizationService";
import { linkAuthor } from "./linkAuthor";
import { firstImage, RemoteContext, Stage, targetOf } from "./remoteContext";
import { isEntityReference } from "./sdkValues";

/**
 * The asynchronous PostOperation Create step on socialactivity: link the activity to its author's
 * social profile and contact, found or created as intake does (seed 004).
 *
 * - An activity that already has its profile and author (in the context, else in the stored row)
 *   is left alone: 200 "alreadyLinked".
 * - Otherwise its Additional Parameters (`activityadditionalparams`, the post's payload) are
 *   parsed with intake's parseSocialPost, and intake's own decision, planAuthor (one rule, one
 *   place), finds the profile by community and handle, or plans a new contact and profile; then
 *   linkAuthor.ts writes them and the activity's lookups (one change set where the client can).
 * - A payload that is missing or not a valid post: 422, with what is wrong (column and code, never
 *   the values). Dataverse does not retry a 4xx; the System Job fails with this body.
 *
 * Idempotent: a delivery may come twice ("Use webhooks…": 502/503/504 are retried; a lost answer
 * looks like a failure), and two may overlap. Invariant: never two profiles (or contacts) for one
 * author, the activity linked once.
 * - Each delivery re-reads the activity under a lock held per author and per activity (keyedLocks,
 *   as `intake --apply`): the second of two overlapping deliveries finds the first's link, and two
 *   activities of one new author take turns, the second reusing the first's profile.
 * - The lock holds within one host. Hosts that scale out (Azure Functions) do not share it: there
 *   the new profile's and contact's ids, derived from community and handle by planAuthor
 *   (intake/intakeIds.ts, the ids `intake --org --apply` writes), make the platform refuse the
 *   second profile as a duplicate (as would an alternate key on socialprofile, docs/admin.md);
 *   the step then plans again and reuses the first.
 */

export const isIntakeContext = (context: RemoteContext): boolean =>
  context.primaryEntityName === "socialactivity" && context.messageName === "Create" && context.stage === Stage.PostOperation;

export type IntakeAnswer =
  | { status: 200; done: "alreadyLinked" }
  | { status: 200; done: "linked"; socialprofile: string; contact: string | null; profileAction: "create" | "reuse" }
  | { status: 422; message: string; diagnostics?: { column: string; code: string }[] };

export type IntakeStep = (context: RemoteContext) => Promise<IntakeAnswer>;

const LINKS = ["postfromprofileid", "postauthor"] as const;
const PAYLOAD = "activityadditionalparams";
const ALREADY_LINKED = { status: 200, done: "alreadyLinked" } as const;

/** One step per handler: its locks are shared by every delivery the host serves. */
export function createIntakeStep(client: DataverseClient): IntakeStep {
  const locks = createKeyedLocks();
  const service = createClientOrganizationService(client);
  const readActivity = (id: string) =>
    client.retrieveRecord("socialactivity", id, `?$select=${[PAYLOAD, ...LINKS.map((name) => `_${name}_value`)].join(",")}`);

  return async (context) => {
    if (linkedInContext(context)) return ALREADY_LINKED;
    const id = context.primaryEntityId;
    const row = await readActivity(id);
    if (linkedRow(row)) return ALREADY_LINKED;
    const read = postOf(row[PAYLOAD]);
    if (!read.ok) return read.answer;
    const { post } = read;
    const authorKey = `author|${post.author.community}|${post.author.handle.toLowerCase()}`;
    return locks([authorKey, `activity|${id.toLowerCase()}`], async () => {
      // Again under the lock: an overlapping delivery may have linked it meanwhile.
      if (linkedRow(await readActivity(id))) return ALREADY_LINKED;
      return link(id, post);
    });
  };

  async function link(id: string, post: SocialPost, attempt = 1): Promise<IntakeAnswer> {
    const plan = await planAuthor(service, post);
    try {
      const linked = await linkAuthor(client, id, plan);
      return { status: 200, done: "linked", ...linked, profileAction: plan.profile.action };
    } catch (error) {
      // Another host created the author's profile first and an alternate key refused ours: reuse it.
      if (attempt === 1 && DUPLICATE_CODES.has(normalizeErrorCode(toDataverseError(error).errorCode))) return link(id, post, 2);
      throw error;
    }
  }
}

/** The context's Target (or a post-image) holds both lookups: nothing to do, no read needed. */
function linkedInContext(context: RemoteContext): boolean {
  const entity = targetOf(context) ?? firstImage(context.postEntityImages);
  return !!entity && LINKS.every((name) => isEntityReference(entity.attributes[name]));
}

const linkedRow = (row: RecordData): boolean => LINKS.every((name) => typeof row[`_${name}_value`] === "string");

type PostRead = { ok: true; post: SocialPost } | { ok: false; answer: IntakeAnswer };

/** The activity's payload as a post, or a 422 that says what is wrong with it (no values: they may be anything). */
function postOf(text: unknown): PostRead {
  const refuse = (message: string, diagnostics?: { column: string; code: string }[]): PostRead => ({
    ok: false,
    answer: { status: 422, message, ...(diagnostics ? { diagnostics } : {}) },
  });
  if (typeof text !== "string" || text.trim() === "") {
    return refuse(`The social activity has no Additional Parameters (${PAYLOAD}): its author can't be found or created.`);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return refuse(`The social activity's Additional Parameters (${PAYLOAD}) are not JSON: its author can't be found or created.`);
  }
  const parsed = parseSocialPost(payload);
  if (!parsed.ok) {
    return refuse(
      `The social activity's Additional Parameters (${PAYLOAD}) are not a valid social post: its author can't be found or created.`,
      parsed.diagnostics.map((diagnostic) => ({ column: diagnostic.column, code: diagnostic.code })),
    );
  }
  return { ok: true, post: parsed.post };
}
