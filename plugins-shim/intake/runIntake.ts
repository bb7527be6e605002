import { DataverseError, RecordData, toDataverseError } from "../client";
import { Diagnostic } from "../rules";
import { InvalidPluginExecutionError, OrganizationService } from "../pipeline";
import { parseSocialPost } from "./parsePayload";
import { bindTo, planIntake, resolvedData } from "./planIntake";

/**
 * Social post intake: payload → social activity, bound to the author's social profile (found by
 * community and handle among active profiles, else created with a new contact): planIntake.ts
 * decides. The same post (post URL and community) run twice creates nothing the second time.
 */

export interface Outcome<Action extends string> {
  action: Action;
  id: string | null;
  record: RecordData | null;
}

export interface IntakeResult {
  valid: boolean;
  diagnostics: Diagnostic[];
  /** The platform's refusal when a save failed after the payload passed (already undone). */
  error?: DataverseError;
  socialactivity: Outcome<"create" | "reuse"> | null;
  profile: Outcome<"create" | "reuse"> | null;
  contact: Outcome<"create" | "reuse" | "none"> | null;
}

/**
 * The plan's rows created one at a time, each through the pipeline (its rules run), a later one
 * bound to the ids of those before it; what this run created is deleted again when a later step
 * fails (the in-memory organization has no transaction; `intake --org --apply` sends the same
 * rows as one change set instead).
 */
export async function runIntake(service: OrganizationService, payload: unknown): Promise<IntakeResult> {
  const parsed = parseSocialPost(payload);
  if (!parsed.ok) return { valid: false, diagnostics: parsed.diagnostics, socialactivity: null, profile: null, contact: null };

  const created: { table: string; id: string }[] = [];
  try {
    const plan = await planIntake(service, parsed.post);
    if (plan.kind === "reuse") {
      return {
        valid: true,
        diagnostics: [],
        socialactivity: { action: "reuse", id: plan.socialactivity.id, record: plan.socialactivity.record },
        profile: plan.profile
          ? { action: "reuse", id: plan.profile.id, record: await service.retrieve("socialprofile", plan.profile.id) }
          : null,
        contact: await contactOutcome(service, plan.contact.action === "reuse" ? plan.contact.id : null, "reuse"),
      };
    }
    const byContentId = new Map<string, { table: string; id: string }>();
    for (const write of plan.writes) {
      const data = resolvedData(write, (contentId) => {
        const row = byContentId.get(contentId)!;
        return bindTo(row.table, row.id);
      });
      const row = { table: write.table, id: await service.create(write.table, data) };
      created.push(row);
      byContentId.set(write.contentId, row);
    }
    const idOf = (table: string) => created.find((row) => row.table === table)?.id;
    const activityId = idOf("socialactivity")!;
    const profileId = plan.profile.action === "reuse" ? plan.profile.id : idOf("socialprofile")!;
    const contactId = plan.contact.action === "reuse" ? plan.contact.id : plan.contact.action === "create" ? idOf("contact")! : null;
    const contactAction = plan.contact.action === "none" ? "reuse" : plan.contact.action;
    return {
      valid: true,
      diagnostics: [],
      socialactivity: { action: "create", id: activityId, record: await service.retrieve("socialactivity", activityId) },
      profile: { action: plan.profile.action, id: profileId, record: await service.retrieve("socialprofile", profileId) },
      contact: await contactOutcome(service, contactId, contactAction),
    };
  } catch (error) {
    for (const { table, id } of created.reverse()) await service.delete(table, id).catch(() => undefined);
    const diagnostics = error instanceof InvalidPluginExecutionError ? [...error.diagnostics] : [];
    return { valid: false, diagnostics, error: toDataverseError(error), socialactivity: null, profile: null, contact: null };
  }
}

async function contactOutcome(
  service: OrganizationService,
  contactId: string | null,
  action: "create" | "reuse",
): Promise<Outcome<"create" | "reuse" | "none">> {
  if (contactId === null) return { action: "none", id: null, record: null };
  return { action, id: contactId, record: await service.retrieve("contact", contactId) };
}
