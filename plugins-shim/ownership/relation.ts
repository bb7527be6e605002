import { sameGuid } from "../rules/guid";
import { PrincipalRef, Share } from "./model";

/**
 * The current user's relation to a profile, as the card and the gallery badge say it. Built from
 * facts the client can read (owner, owner's state, the user's teams, the shares when the access
 * messages are reachable), so the in-memory organization and the real one go through the same rule.
 */
export type OwnershipRelation =
  | { kind: "ownedByYou" }
  | { kind: "ownedByYourTeam"; teamName: string }
  | { kind: "sharedWithYou" }
  | { kind: "noActiveOwner" }
  | { kind: "ownedByOther" };

export interface OwnerFacts {
  principal: PrincipalRef;
  name: string;
  /** False for a disabled user (or an owner the directory no longer knows). Teams are always active. */
  active: boolean;
}

export interface RelationFacts {
  viewerId: string;
  viewerTeamIds: readonly string[];
  owner: OwnerFacts;
  /** The record's shares; `undefined` when they can't be read (access messages unreachable). */
  shares?: readonly Share[];
}

/**
 * "No active owner" wins over everything: a profile whose owner left needs someone to take it
 * over, whoever else may see it. Then ownership by you, by your team, a share with you or your
 * team; otherwise the profile belongs to someone else.
 */
export function relationOf(facts: RelationFacts): OwnershipRelation {
  const { owner, viewerId, viewerTeamIds } = facts;
  if (!owner.active) return { kind: "noActiveOwner" };
  if (owner.principal.kind === "systemuser" && sameGuid(owner.principal.id, viewerId)) return { kind: "ownedByYou" };
  if (owner.principal.kind === "team" && viewerTeamIds.some((id) => sameGuid(id, owner.principal.id))) {
    return { kind: "ownedByYourTeam", teamName: owner.name };
  }
  const sharedWithViewer = (facts.shares ?? []).some(
    (share) =>
      share.mask !== 0 &&
      (share.principal.kind === "systemuser"
        ? sameGuid(share.principal.id, viewerId)
        : viewerTeamIds.some((id) => sameGuid(id, share.principal.id))),
  );
  return sharedWithViewer ? { kind: "sharedWithYou" } : { kind: "ownedByOther" };
}

/** The .resx key of the badge for a relation (`{team}` is filled for team ownership). */
export const RELATION_KEYS: Readonly<Record<OwnershipRelation["kind"], string>> = {
  ownedByYou: "ownership.relation.ownedByYou",
  ownedByYourTeam: "ownership.relation.ownedByYourTeam",
  sharedWithYou: "ownership.relation.sharedWithYou",
  noActiveOwner: "ownership.relation.noActiveOwner",
  ownedByOther: "ownership.relation.ownedByOther",
};
