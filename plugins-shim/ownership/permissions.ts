import { AccessMask, hasRight, isSubsetOf } from "./accessRights";
import { PrincipalRef, samePrincipal, Share } from "./model";
import { OwnerFacts } from "./relation";

/**
 * Who may assign, share, change a share, stop sharing and delete: one decision per action, used
 * by the card, the gallery and the in-memory organization alike. `actorAccess` is the actor's
 * rights on the record (RetrievePrincipalAccess, or the in-memory organization's own answer).
 *
 * Platform rules (Dataverse docs for AssignRequest, GrantAccessRequest, RevokeAccessRequest,
 * DeleteRequest: "the caller must have the privilege on the table and access rights on the
 * record"): assign needs Assign access, every sharing change needs Share access, delete needs
 * Delete access.
 *
 * Project rules, stricter than the platform and said so in docs/ownership.md:
 * - the owner can't be "unshared": the owner's access comes from ownership, so a share entry for
 *   the owner means nothing and removing one would mislead; assign the profile instead;
 * - no share with the owner, no share that grants no right, and no right the actor hasn't got;
 * - no assignment to a disabled user (that would leave the profile without an active owner);
 * - "take over" is offered only when the owner is not active.
 */

export type Denial =
  | "noAssignAccess"
  | "noShareAccess"
  | "noDeleteAccess"
  | "ownerCannotBeUnshared"
  | "alreadyOwner"
  | "inactiveTarget"
  | "notShared"
  | "alreadyShared"
  | "emptyAccess"
  | "beyondOwnAccess"
  | "ownerIsActive";

export type Decision = { allowed: true } | { allowed: false; denial: Denial; messageKey: string };

const ALLOWED: Decision = { allowed: true };
const deny = (denial: Denial): Decision => ({ allowed: false, denial, messageKey: `ownership.denied.${denial}` });

export interface AssignTarget {
  principal: PrincipalRef;
  active: boolean;
}

const findShare = (shares: readonly Share[], principal: PrincipalRef): Share | undefined =>
  shares.find((share) => samePrincipal(share.principal, principal));

export function decideAssign(actorAccess: AccessMask, owner: OwnerFacts, target: AssignTarget): Decision {
  if (!hasRight(actorAccess, "Assign")) return deny("noAssignAccess");
  if (samePrincipal(owner.principal, target.principal)) return deny("alreadyOwner");
  if (!target.active) return deny("inactiveTarget");
  return ALLOWED;
}

/** Taking over = assigning to yourself a profile whose owner is no longer active. */
export function decideTakeOver(actorAccess: AccessMask, owner: OwnerFacts, actorId: string): Decision {
  if (owner.active) return deny("ownerIsActive");
  return decideAssign(actorAccess, owner, { principal: { kind: "systemuser", id: actorId }, active: true });
}

export function decideGrant(actorAccess: AccessMask, owner: OwnerFacts, shares: readonly Share[], grant: Share): Decision {
  if (!hasRight(actorAccess, "Share")) return deny("noShareAccess");
  if (samePrincipal(owner.principal, grant.principal)) return deny("alreadyOwner");
  if (grant.mask === 0) return deny("emptyAccess");
  if (!isSubsetOf(grant.mask, actorAccess)) return deny("beyondOwnAccess");
  if (findShare(shares, grant.principal)) return deny("alreadyShared");
  return ALLOWED;
}

export function decideModify(actorAccess: AccessMask, owner: OwnerFacts, shares: readonly Share[], change: Share): Decision {
  if (!hasRight(actorAccess, "Share")) return deny("noShareAccess");
  if (samePrincipal(owner.principal, change.principal)) return deny("alreadyOwner");
  if (!findShare(shares, change.principal)) return deny("notShared");
  if (change.mask === 0) return deny("emptyAccess");
  if (!isSubsetOf(change.mask, actorAccess)) return deny("beyondOwnAccess");
  return ALLOWED;
}

export function decideRevoke(actorAccess: AccessMask, owner: OwnerFacts, shares: readonly Share[], principal: PrincipalRef): Decision {
  if (!hasRight(actorAccess, "Share")) return deny("noShareAccess");
  if (samePrincipal(owner.principal, principal)) return deny("ownerCannotBeUnshared");
  if (!findShare(shares, principal)) return deny("notShared");
  return ALLOWED;
}

export function decideDelete(actorAccess: AccessMask): Decision {
  return hasRight(actorAccess, "Delete") ? ALLOWED : deny("noDeleteAccess");
}
