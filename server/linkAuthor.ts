import type { DataverseClient, EntityReference, RecordData } from "../plugins-shim/client";
import type { ChangeSetOperation } from "../dataverse-node";
import { AuthorPlan, bindTo, PlannedCreate, resolvedData } from "../plugins-shim/intake";

/**
 * Writes an author plan (planAuthor) for an activity that exists: the new contact and profile, if
 * any, then the activity's lookups to them. The new rows carry the ids planAuthor derived
 * (intake/intakeIds.ts), so a second host creating the same author's rows is refused as a duplicate.
 *
 * Where the client sends change sets (NodeDataverseClient, `executeChangeSet`), all of it is ONE
 * change set: the rows and the link are written together or not at all ("Execute batch
 * operations using the Web API", Change sets; the update refers to the new rows as `"$1"`,
 * "Reference URIs in an operation").
 *
 * Otherwise (the in-memory organization) one write at a time, and what this call created is
 * deleted again when a later write fails. A crash between the writes can still leave:
 * - a contact without a profile (crash after the contact): an orphan, never linked; the next
 *   delivery finds no profile and creates a contact and a profile again;
 * - a contact and a profile, the activity not linked (crash after the profile): the next delivery
 *   finds the profile by community and handle and reuses it (and its contact): no second profile.
 */

export interface ChangeSetClient {
  executeChangeSet(operations: readonly ChangeSetOperation[]): Promise<EntityReference[]>;
}

export interface Linked {
  socialprofile: string;
  contact: string | null;
}

const hasChangeSets = (client: DataverseClient): client is DataverseClient & ChangeSetClient =>
  typeof (client as Partial<ChangeSetClient>).executeChangeSet === "function";

export async function linkAuthor(client: DataverseClient, activityId: string, plan: AuthorPlan): Promise<Linked> {
  const ids = hasChangeSets(client) ? await inOneChangeSet(client, activityId, plan) : await oneAtATime(client, activityId, plan);
  const idOf = (table: string) => ids[plan.writes.findIndex((write) => write.table === table)];
  return {
    socialprofile: plan.profile.action === "reuse" ? plan.profile.id : idOf("socialprofile"),
    contact: plan.contact.action === "reuse" ? plan.contact.id : plan.contact.action === "create" ? idOf("contact") : null,
  };
}

/** The ids of the plan's new rows, in the plan's order. */
async function inOneChangeSet(client: ChangeSetClient, activityId: string, plan: AuthorPlan): Promise<string[]> {
  const reference = (contentId: string) => `$${contentId}`;
  const operations: ChangeSetOperation[] = [
    ...plan.writes.map((write): ChangeSetOperation => ({
      kind: "create",
      table: write.table,
      contentId: write.contentId,
      data: resolvedData(write, reference),
    })),
    { kind: "update", table: "socialactivity", id: activityId, data: linkData(plan, reference) },
  ];
  const refs = await client.executeChangeSet(operations);
  return refs.slice(0, plan.writes.length).map((ref) => ref.id);
}

async function oneAtATime(client: DataverseClient, activityId: string, plan: AuthorPlan): Promise<string[]> {
  const created: { write: PlannedCreate; id: string }[] = [];
  const bind = (contentId: string) => {
    const row = created.find((entry) => entry.write.contentId === contentId)!;
    return bindTo(row.write.table, row.id);
  };
  try {
    for (const write of plan.writes) created.push({ write, id: (await client.createRecord(write.table, resolvedData(write, bind))).id });
    await client.updateRecord("socialactivity", activityId, linkData(plan, bind));
    return created.map((entry) => entry.id);
  } catch (error) {
    // No transaction here: take back what this call wrote, so a failure leaves what was there.
    for (const { write, id } of created.reverse()) await client.deleteRecord(write.table, id).catch(() => undefined);
    throw error;
  }
}

function linkData(plan: AuthorPlan, bind: (contentId: string) => string): RecordData {
  const data: RecordData = { ...plan.links.data };
  for (const [key, contentId] of Object.entries(plan.links.refersTo)) data[key] = bind(contentId);
  return data;
}
