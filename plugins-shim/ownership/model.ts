import { sameGuid } from "../rules/guid";
import type { AccessMask, Privilege } from "./accessRights";

/**
 * The security model the ownership rules reason over, reduced to what decides access to one
 * user-owned record (Dataverse "How access to a record is determined",
 * learn.microsoft.com/power-platform/admin/how-record-access-determined, and "Security concepts for
 * developers"): privileges with an access level per table, business units, owner (user or team),
 * team membership, and shares (principal object access).
 *
 * Left out on purpose, and said so in docs/ownership.md: hierarchy security (manager / position
 * access), team templates (an access team is modelled only as a team that can't own records), the
 * organization as a share principal, column security,
 * and how security roles resolve into privileges — a user's privileges here are the resolved ones,
 * what `context.utils.hasEntityPrivilege` answers for the user.
 */

export type PrincipalKind = "systemuser" | "team";

export interface PrincipalRef {
  kind: PrincipalKind;
  id: string;
}

// Privilege lives beside the rights it grants (accessRights.ts), so the two files import one way only.
export type { Privilege };

/**
 * Access levels of a privilege, named as the security-role editor names them today
 * (User = Basic, Business Unit = Local, Parent: Child Business Units = Deep, Organization = Global).
 */
export type AccessLevel = "none" | "user" | "businessUnit" | "parentChild" | "organization";

/**
 * PCF's `PrivilegeDepth` Basic (-1 None, 0 Basic, 1 Local, 2 Deep, 3 Global: a number union in
 * componentframework.d.ts, no runtime enum): the depth of every table-level privilege check here.
 * A scalar, so the wizard's bundle takes nothing else from this file.
 */
export const PCF_DEPTH_BASIC = 0;

/** PCF's `PrivilegeType` numbers (componentframework.d.ts). */
export const PCF_PRIVILEGE: Readonly<Record<Privilege, 2 | 3 | 4 | 5 | 6 | 7 | 8>> = {
  Read: 2,
  Write: 3,
  Delete: 4,
  Assign: 5,
  Share: 6,
  Append: 7,
  AppendTo: 8,
};

export type TablePrivileges = Readonly<Partial<Record<Privilege, AccessLevel>>>;

export interface DirectoryUser {
  id: string;
  name: string;
  /** A disabled user keeps ownership of records but can't sign in: the profile has "no active owner". */
  disabled: boolean;
  businessUnitId: string;
  /** Resolved privileges on the social profile table (roles of the user and of the user's teams). */
  privileges: TablePrivileges;
}

export interface DirectoryTeam {
  id: string;
  name: string;
  businessUnitId: string;
  memberIds: readonly string[];
  /**
   * `team.teamtype`; absent: an owner team. Microsoft Learn, "Manage teams": "An owner team owns
   * records and has security roles assigned to the team"; "An access team doesn't own records and
   * doesn't have security roles assigned to the team" (records are shared with it, its members get
   * the shared access). Microsoft Entra group teams own records like owner teams.
   */
  type?: "owner" | "access";
}

export interface BusinessUnit {
  id: string;
  /** Absent for the root business unit. */
  parentId?: string;
}

export interface Directory {
  users: readonly DirectoryUser[];
  teams: readonly DirectoryTeam[];
  businessUnits: readonly BusinessUnit[];
}

/** One share: the rights granted to a principal through GrantAccess / ModifyAccess. */
export interface Share {
  principal: PrincipalRef;
  mask: AccessMask;
}

/** What decides access to one record: its owner and its shares. */
export interface RecordSecurity {
  owner: PrincipalRef;
  shares: readonly Share[];
}

export const samePrincipal = (a: PrincipalRef, b: PrincipalRef): boolean => a.kind === b.kind && sameGuid(a.id, b.id);
