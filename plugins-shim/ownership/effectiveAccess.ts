import { sameGuid } from "../rules/guid";
import { AccessMask, NO_ACCESS, rightsOfPrivileges } from "./accessRights";
import { AccessLevel, Directory, DirectoryTeam, DirectoryUser, PrincipalRef, RecordSecurity, samePrincipal } from "./model";

/**
 * A user's access rights on one record, combined the way Dataverse combines them
 * (learn.microsoft.com/power-platform/admin/how-record-access-determined,
 * learn.microsoft.com/power-apps/developer/data-platform/security-sharing-assigning):
 *
 * 1. Privilege check: a right needs the matching privilege on the table at some access level.
 * 2. Access check, any of:
 *    - ownership: the user owns the record or is on the owning team (any access level suffices);
 *    - role access: the privilege's level reaches the owner's business unit (Business Unit: the
 *      same unit; Parent: Child: the unit or below; Organization: anywhere);
 *    - shared access: the record is shared with the user or with a team the user is on.
 *    Access from several sources is the UNION of the rights.
 * 3. Sharing can't give a right the user's privileges don't allow ("you can't give a user any
 *    rights that they wouldn't have for that type of table, based on the role assigned").
 *
 * A disabled user can't sign in, so has no access at all.
 */

export const findUser = (directory: Directory, id: string): DirectoryUser | undefined =>
  directory.users.find((user) => sameGuid(user.id, id));
export const findTeam = (directory: Directory, id: string): DirectoryTeam | undefined =>
  directory.teams.find((team) => sameGuid(team.id, id));

export const teamsOf = (directory: Directory, userId: string): DirectoryTeam[] =>
  directory.teams.filter((team) => team.memberIds.some((member) => sameGuid(member, userId)));

/** The principal exists in the directory (a deleted user or team can't own anything). */
export function principalExists(directory: Directory, principal: PrincipalRef): boolean {
  return principal.kind === "systemuser"
    ? findUser(directory, principal.id) !== undefined
    : findTeam(directory, principal.id) !== undefined;
}

/** A record owned by a disabled (or unknown) user has no owner who can act for it. */
export function ownerIsActive(directory: Directory, owner: PrincipalRef): boolean {
  if (owner.kind === "team") return findTeam(directory, owner.id) !== undefined;
  const user = findUser(directory, owner.id);
  return user !== undefined && !user.disabled;
}

/** The record's owning business unit is its owner's (Dataverse sets owningbusinessunit so). */
function owningBusinessUnit(directory: Directory, owner: PrincipalRef): string | undefined {
  return owner.kind === "systemuser" ? findUser(directory, owner.id)?.businessUnitId : findTeam(directory, owner.id)?.businessUnitId;
}

function isSameOrBelow(directory: Directory, unitId: string, ancestorId: string): boolean {
  const seen = new Set<string>();
  for (let current: string | undefined = unitId; current !== undefined && !seen.has(current);) {
    if (sameGuid(current, ancestorId)) return true;
    seen.add(current);
    current = directory.businessUnits.find((unit) => sameGuid(unit.id, current as string))?.parentId;
  }
  return false;
}

/** The user owns the record or is a member of the owning team. */
export function ownsThroughUserOrTeam(directory: Directory, user: DirectoryUser, owner: PrincipalRef): boolean {
  if (owner.kind === "systemuser") return sameGuid(owner.id, user.id);
  return teamsOf(directory, user.id).some((team) => sameGuid(team.id, owner.id));
}

function levelReaches(directory: Directory, user: DirectoryUser, level: AccessLevel | undefined, owner: PrincipalRef): boolean {
  if (level === undefined || level === "none") return false;
  if (level === "organization") return true;
  if (ownsThroughUserOrTeam(directory, user, owner)) return true;
  if (level === "user") return false;
  const unit = owningBusinessUnit(directory, owner);
  if (unit === undefined) return false;
  return level === "businessUnit" ? sameGuid(unit, user.businessUnitId) : isSameOrBelow(directory, unit, user.businessUnitId);
}

/** Rights the user's privileges allow on some record of the table (the ceiling for sharing). */
export function privilegeCeiling(user: DirectoryUser): AccessMask {
  return rightsOfPrivileges((privilege) => {
    const level = user.privileges[privilege];
    return level !== undefined && level !== "none";
  });
}

/** Rights from ownership and role access levels alone. */
export function roleAccess(directory: Directory, user: DirectoryUser, record: RecordSecurity): AccessMask {
  return rightsOfPrivileges((privilege) => levelReaches(directory, user, user.privileges[privilege], record.owner));
}

/** Rights shared with the user directly or with any of the user's teams, before the ceiling. */
export function sharedAccess(directory: Directory, userId: string, record: RecordSecurity): AccessMask {
  const principals: PrincipalRef[] = [
    { kind: "systemuser", id: userId },
    ...teamsOf(directory, userId).map((team): PrincipalRef => ({ kind: "team", id: team.id })),
  ];
  return record.shares
    .filter((share) => principals.some((principal) => samePrincipal(principal, share.principal)))
    .reduce((mask, share) => mask | share.mask, NO_ACCESS);
}

/** What RetrievePrincipalAccess answers for a user on the record. */
export function effectiveAccess(directory: Directory, userId: string, record: RecordSecurity): AccessMask {
  const user = findUser(directory, userId);
  if (!user || user.disabled) return NO_ACCESS;
  return roleAccess(directory, user, record) | (sharedAccess(directory, userId, record) & privilegeCeiling(user));
}
