import type { DataverseClient, RecordData } from "../plugins-shim/client";
import { firstImage, RemoteContext, Stage, targetOf } from "./remoteContext";
import { isEntityReference } from "./sdkValues";

/**
 * The asynchronous PostOperation Create step on socialactivity: link the activity to its author's
 * social profile and contact, found or created as intake does (seed 004).
 *
 * Done here: the activity is read from the context (Target, else a post-image), or through the
 * Web API when the context came without them (over 256 KB); an activity that already has its
 * profile and author is left alone — a second delivery of the same event does nothing.
 *
 * Not done yet: the find-or-create itself. plugins-shim/intake keeps it inside runIntake, which
 * creates the activity too; the webhook's activity exists already. intake must export the author
 * half — `findOrCreateAuthor(service, post, create)` and the bind keys of `activityRecord` — so
 * that this step parses `activityadditionalparams` with parseSocialPost and updates the activity
 * with the same records intake writes. Until then an activity without links is answered 501 (the
 * System Job fails and shows why) rather than linked by a second copy of intake's rules.
 */

export const isIntakeContext = (context: RemoteContext): boolean =>
  context.primaryEntityName === "socialactivity" && context.messageName === "Create" && context.stage === Stage.PostOperation;

export type IntakeAnswer = { status: 200; done: "alreadyLinked" } | { status: 501; message: string };

const LINKS = ["postfromprofileid", "postauthor"] as const;

export async function runIntakeStep(context: RemoteContext, client: DataverseClient): Promise<IntakeAnswer> {
  const links = (await readLinks(context, client)) ?? {};
  if (LINKS.every((name) => links[name])) return { status: 200, done: "alreadyLinked" };
  return { status: 501, message: "Linking a social activity to its profile and contact waits for plugins-shim/intake to export its find-or-create (server/intakeStep.ts)." };
}

/** Which links the activity has: from the context when it carries them, else from the stored row. */
async function readLinks(context: RemoteContext, client: DataverseClient): Promise<Record<string, boolean> | undefined> {
  const entity = targetOf(context) ?? firstImage(context.postEntityImages);
  if (entity) return Object.fromEntries(LINKS.map((name) => [name, name in entity.attributes && isEntityReference(entity.attributes[name])]));
  const row: RecordData = await client.retrieveRecord("socialactivity", context.primaryEntityId, `?$select=${LINKS.map((name) => `_${name}_value`).join(",")}`);
  return Object.fromEntries(LINKS.map((name) => [name, typeof row[`_${name}_value`] === "string"]));
}
