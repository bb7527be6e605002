import { planIntake, postUrlKey, SocialPost } from "../intake";
import { OrganizationService } from "../pipeline";

/**
 * One entry of `intake --org` without --apply: what applying would do with a post, and why.
 *
 *   socialactivity: create | reuse (why "postUrl": the org holds the same post, by community and post URL)
 *   profile: create | reuse (why "communityAndHandle": an active profile of the community has the
 *            handle; "activityProfile": the reused activity's own profile)
 *   contact: create | reuse (why "profileCustomer": the reused profile's contact; "activityAuthor":
 *            the reused activity's author) | none (the customer is an account, or there is none)
 *
 * Posts earlier in the same input are taken into account: a post or an author that an earlier
 * entry creates is reused by the later ones ("earlierPost", with that entry's index), as applying
 * would do, since applying writes them in order under a lock per author and per post.
 */

export type PlanMemory = Map<string, number>;

export interface PlanEntry {
  index: number;
  valid: boolean;
  posturl?: string;
  socialactivity?: Step;
  profile?: Step | null;
  contact?: Step;
}

interface Step {
  action: "create" | "reuse" | "none";
  id?: string;
  why?: string;
  /** The earlier entry that creates it. */
  index?: number;
}

export async function planEntry(service: OrganizationService, post: SocialPost, index: number, memory: PlanMemory): Promise<PlanEntry> {
  const postKey = `post|${post.community}|${postUrlKey(post.posturl)}`;
  const authorKey = `author|${post.author.community}|${post.author.handle.toLowerCase()}`;
  const base = { index, valid: true, posturl: post.posturl };
  const earlierPost = memory.get(postKey);
  if (earlierPost !== undefined) {
    const earlier = { action: "reuse" as const, why: "earlierPost", index: earlierPost };
    return { ...base, socialactivity: earlier, profile: earlier, contact: earlier };
  }
  const plan = await planIntake(service, post);
  if (plan.kind === "reuse") {
    return {
      ...base,
      socialactivity: { action: "reuse", id: plan.socialactivity.id, why: "postUrl" },
      profile: plan.profile && { action: "reuse", id: plan.profile.id, why: "activityProfile" },
      contact: plan.contact.action === "reuse" ? { action: "reuse", id: plan.contact.id, why: "activityAuthor" } : { action: "none" },
    };
  }
  memory.set(postKey, index);
  if (plan.profile.action === "reuse") {
    return {
      ...base,
      socialactivity: { action: "create" },
      profile: { action: "reuse", id: plan.profile.id, why: plan.profile.why },
      contact: plan.contact.action === "reuse" ? { action: "reuse", id: plan.contact.id, why: "profileCustomer" } : { action: "none" },
    };
  }
  const earlierAuthor = memory.get(authorKey);
  if (earlierAuthor !== undefined) {
    const earlier = { action: "reuse" as const, why: "earlierPost", index: earlierAuthor };
    return { ...base, socialactivity: { action: "create" }, profile: earlier, contact: earlier };
  }
  memory.set(authorKey, index);
  return { ...base, socialactivity: { action: "create" }, profile: { action: "create" }, contact: { action: "create" } };
}
