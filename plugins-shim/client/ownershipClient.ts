import { AccessMask, NO_ACCESS, rightsOfPrivileges, SHARE_LEVELS, ShareLevel } from "../ownership/accessRights";
import type { Privilege, PrincipalRef, Share } from "../ownership/model";
import { samePrincipal } from "../ownership/model";
import { Decision, decideAssign, decideDelete, decideGrant, decideModify, decideRevoke, decideTakeOver } from "../ownership/permissions";
import { OwnerFacts, OwnershipRelation, relationOf } from "../ownership/relation";
import { normalizeGuid } from "../rules/guid";
import { AccessMessages, RecordRef } from "./accessMessages";
import { DataverseClient, RecordData } from "./DataverseClient";
import { ErrorCodes } from "./errorCodes";
import { CancelledError, ClassifiedError, classifyError, formatErrorCode } from "./errors";
import { nextPageOptions } from "./odata";
import { RetryOptions, withRetry } from "./retry";
import { readTeamIds } from "./teamMembership";

/**
 * Ownership of social profiles for the card and the gallery: read the owner and the current
 * user's relation (cached per record), and act — take over, assign, share, change or stop sharing,
 * delete — each checked by the rules in plugins-shim/ownership before it is sent.
 *
 * Supported paths go through `DataverseClient` (context.webAPI): the owner is read with
 * `retrieveRecord` (`_ownerid_value`), assigned with `updateRecord` and `ownerid@odata.bind`,
 * deleted with `deleteRecord`. Shares and per-record rights need the access messages
 * (accessMessages.ts, undocumented for a code component); without them `access` and `shares` are
 * `undefined` and the view shows ownership read-only.
 *
 * Every call runs through the client's bounded retry (throttling, 5xx, network). Before an action
 * the owner is read again, uncached: if someone else changed it since the card read it, the
 * action stops with "changed" instead of acting on a state the user never saw.
 *
 * Every action takes an AbortSignal (the dialog's Cancel): it stops the next attempt of every
 * request the action still has to make. A write already sent can't be recalled (`context.webAPI`
 * has no abort): when an earlier attempt of the write failed without a definitive answer, the
 * action rejects with `OwnershipCancelledError(mayHaveBeenApplied = true)` and the caller must
 * re-read before saying what happened; the re-read after a write that went through never takes
 * the signal (the change happened, the card must show it).
 */

export interface PrincipalOption {
  principal: PrincipalRef;
  name: string;
  /**
   * Whether the principal may own records: users, owner teams and Microsoft Entra group teams;
   * never an access team (Microsoft Learn, "Manage teams": "An access team doesn't own records").
   */
  canOwn: boolean;
}

/** `team.teamtype` (Team table reference): Owner 0, Access 1, Microsoft Entra security group 2, Microsoft Entra Office group 3. */
export const TEAM_TYPE_ACCESS = 1;

/** Options of one action (the dialog's Cancel). */
export interface ActionOptions {
  /** Cancel: stops the next attempt of every request the action has still to make. */
  signal?: AbortSignal;
}

export interface NamedShare extends Share {
  name: string;
}

export interface OwnershipSnapshot {
  recordId: string;
  owner: OwnerFacts;
  relation: OwnershipRelation;
  /** The user's rights on the record; `undefined` when the access messages are unreachable. */
  access?: AccessMask;
  shares?: NamedShare[];
  /** Rights the table privileges allow at all (utils.hasEntityPrivilege): the fallback for `access`. */
  privilegeAccess: AccessMask;
  accessMessagesAvailable: boolean;
}

/** Why an action did not happen, as a .resx key (`ownership.denied.*`, `ownership.error.*`, `error.*`). */
export class OwnershipActionError extends Error {
  readonly messageKey: string;
  readonly supportCode?: string;
  constructor(messageKey: string, supportCode?: string) {
    super(messageKey);
    this.name = "OwnershipActionError";
    this.messageKey = messageKey;
    this.supportCode = supportCode;
  }
}

/**
 * The user cancelled an action. `mayHaveBeenApplied`: a write of it had failed without a
 * definitive answer (lost answer, 5xx) before the cancel, so it may have reached Dataverse: re-read.
 */
export class OwnershipCancelledError extends OwnershipActionError {
  readonly cancelled = true;
  readonly mayHaveBeenApplied: boolean;
  constructor(mayHaveBeenApplied: boolean) {
    super(mayHaveBeenApplied ? "ownership.cancel.mayHaveApplied" : "ownership.cancel.stopped");
    this.name = "OwnershipCancelledError";
    this.mayHaveBeenApplied = mayHaveBeenApplied;
  }
}

export interface OwnershipClientOptions {
  data: DataverseClient;
  access?: AccessMessages;
  userId: string;
  /** `utils.hasEntityPrivilege(table, type, Basic)` for the current user; absent: assume none. */
  hasPrivilege?: (privilege: Privilege) => boolean;
  retry?: RetryOptions;
}

const PROFILE: RecordRef = { table: "socialprofile", entitySetName: "socialprofiles", id: "" };
const OWNER = "_ownerid_value";
const OWNER_TABLE = `${OWNER}@Microsoft.Dynamics.CRM.lookuplogicalname`;

export class OwnershipClient {
  private readonly options: OwnershipClientOptions;
  private readonly cache = new Map<string, Promise<OwnershipSnapshot>>();
  private teamIds?: Promise<string[]>;
  private readonly names = new Map<string, Promise<{ name: string; active: boolean }>>();

  constructor(options: OwnershipClientOptions) {
    this.options = options;
  }

  get userId(): string {
    return normalizeGuid(this.options.userId);
  }

  get accessMessagesAvailable(): boolean {
    return this.options.access !== undefined;
  }

  /** The ownership of one profile; the same promise for the same record until an action or `refresh`. */
  read(recordId: string, refresh = false): Promise<OwnershipSnapshot> {
    const key = normalizeGuid(recordId);
    let snapshot = refresh ? undefined : this.cache.get(key);
    if (!snapshot) {
      snapshot = this.load(key);
      this.cache.set(key, snapshot);
      // A failed read is not cached: the next render may try again.
      snapshot.catch(() => this.cache.delete(key));
    }
    return snapshot;
  }

  /** Ids of the teams the current user is on (for "Owned by your team" and the gallery filter). */
  myTeamIds(): Promise<string[]> {
    if (!this.teamIds) {
      this.teamIds = this.call(() => readTeamIds(this.options.data, this.userId));
      this.teamIds.catch(() => (this.teamIds = undefined));
    }
    return this.teamIds;
  }

  /**
   * Active users and all teams, for "share with"; "assign to" keeps those that `canOwn` (an access
   * team can be shared with but can't own a record).
   */
  async candidates(): Promise<PrincipalOption[]> {
    const [users, teams] = await Promise.all([
      this.call(() =>
        this.options.data.retrieveMultipleRecords("systemuser", "?$select=systemuserid,fullname&$filter=isdisabled eq false"),
      ),
      this.call(() => this.options.data.retrieveMultipleRecords("team", "?$select=teamid,name,teamtype")),
    ]);
    return [
      ...users.entities.map((row): PrincipalOption => ({
        principal: { kind: "systemuser", id: normalizeGuid(String(row.systemuserid)) },
        name: String(row.fullname ?? ""),
        canOwn: true,
      })),
      ...teams.entities.map((row): PrincipalOption => ({
        principal: { kind: "team", id: normalizeGuid(String(row.teamid)) },
        name: String(row.name ?? ""),
        canOwn: Number(row.teamtype) !== TEAM_TYPE_ACCESS,
      })),
    ];
  }

  /** How many social activities a delete of the profile would delete with it. */
  async cascadeCount(recordId: string): Promise<number> {
    let count = 0;
    let options: string | undefined = `?$select=activityid&$filter=_postfromprofileid_value eq ${normalizeGuid(recordId)}`;
    while (options) {
      const query: string = options;
      const page = await this.call(() => this.options.data.retrieveMultipleRecords("socialactivity", query, 5000));
      count += page.entities.length;
      options = page.nextLink === undefined ? undefined : nextPageOptions(page.nextLink);
    }
    return count;
  }

  async takeOver(snapshot: OwnershipSnapshot, options: ActionOptions = {}): Promise<OwnershipSnapshot> {
    await this.checkUnchanged(snapshot, options.signal);
    this.ensure(decideTakeOver(this.rights(snapshot), snapshot.owner, this.userId));
    return this.assignNow(snapshot.recordId, { kind: "systemuser", id: this.userId }, options.signal);
  }

  async assign(snapshot: OwnershipSnapshot, target: PrincipalRef, options: ActionOptions = {}): Promise<OwnershipSnapshot> {
    await this.checkUnchanged(snapshot, options.signal);
    const active = target.kind === "team" || (await this.principalName(target, options.signal)).active;
    this.ensure(decideAssign(this.rights(snapshot), snapshot.owner, { principal: target, active }));
    return this.assignNow(snapshot.recordId, target, options.signal);
  }

  async share(
    snapshot: OwnershipSnapshot,
    principal: PrincipalRef,
    level: ShareLevel,
    options: ActionOptions = {},
  ): Promise<OwnershipSnapshot> {
    const access = this.requireAccessMessages();
    await this.checkUnchanged(snapshot, options.signal);
    this.ensure(decideGrant(this.rights(snapshot), snapshot.owner, snapshot.shares ?? [], { principal, mask: SHARE_LEVELS[level] }));
    await this.write(() => access.grantAccess(this.target(snapshot.recordId), principal, SHARE_LEVELS[level]), options.signal);
    return this.read(snapshot.recordId, true);
  }

  async changeShare(
    snapshot: OwnershipSnapshot,
    principal: PrincipalRef,
    level: ShareLevel,
    options: ActionOptions = {},
  ): Promise<OwnershipSnapshot> {
    const access = this.requireAccessMessages();
    await this.checkUnchanged(snapshot, options.signal);
    this.ensure(decideModify(this.rights(snapshot), snapshot.owner, snapshot.shares ?? [], { principal, mask: SHARE_LEVELS[level] }));
    await this.write(() => access.modifyAccess(this.target(snapshot.recordId), principal, SHARE_LEVELS[level]), options.signal);
    return this.read(snapshot.recordId, true);
  }

  async stopSharing(snapshot: OwnershipSnapshot, principal: PrincipalRef, options: ActionOptions = {}): Promise<OwnershipSnapshot> {
    const access = this.requireAccessMessages();
    await this.checkUnchanged(snapshot, options.signal);
    this.ensure(decideRevoke(this.rights(snapshot), snapshot.owner, snapshot.shares ?? [], principal));
    await this.write(() => access.revokeAccess(this.target(snapshot.recordId), principal), options.signal);
    return this.read(snapshot.recordId, true);
  }

  async delete(snapshot: OwnershipSnapshot, options: ActionOptions = {}): Promise<void> {
    await this.checkUnchanged(snapshot, options.signal);
    this.ensure(decideDelete(this.rights(snapshot)));
    // An attempt whose answer was lost may have deleted it: a retry's "Does Not Exist" then means
    // the delete went through. A first attempt's is "gone": someone else deleted it since the read.
    let earlierAmbiguous = false;
    await this.write(async () => {
      try {
        await this.options.data.deleteRecord(PROFILE.table, snapshot.recordId);
      } catch (reason) {
        const error = classifyError(reason);
        if (earlierAmbiguous && isNotFoundCode(error.supportCode)) return;
        earlierAmbiguous ||= error.ambiguous;
        throw reason;
      }
    }, options.signal).catch(goneIfNotFound);
    this.cache.delete(snapshot.recordId);
  }

  /** The user's rights: the record's own answer where reachable, else what the privileges allow. */
  rights(snapshot: OwnershipSnapshot): AccessMask {
    return snapshot.access ?? snapshot.privilegeAccess;
  }

  private async load(recordId: string): Promise<OwnershipSnapshot> {
    const [row, teamIds] = await Promise.all([this.readOwnerRow(recordId).catch(goneIfNotFound), this.myTeamIds()]);
    const principal = await this.resolveOwner(row);
    const named = await this.principalName(principal);
    const owner: OwnerFacts = { principal, name: named.name, active: named.active };
    const privilegeAccess = this.privilegeAccess();
    const access = this.options.access;
    if (!access) {
      return {
        recordId,
        owner,
        relation: relationOf({ viewerId: this.userId, viewerTeamIds: teamIds, owner }),
        privilegeAccess,
        accessMessagesAvailable: false,
      };
    }
    const target = this.target(recordId);
    const [rights, shares] = await Promise.all([
      this.call(() => access.retrievePrincipalAccess(this.userId, target)),
      this.call(() => access.retrieveSharedPrincipalsAndAccess(target)),
    ]);
    const named_shares = await Promise.all(
      shares
        .filter((share) => !samePrincipal(share.principal, principal))
        .map(async (share) => ({ ...share, name: (await this.principalName(share.principal)).name })),
    );
    return {
      recordId,
      owner,
      relation: relationOf({ viewerId: this.userId, viewerTeamIds: teamIds, owner, shares }),
      access: rights,
      shares: named_shares,
      privilegeAccess,
      accessMessagesAvailable: true,
    };
  }

  private readOwnerRow(recordId: string, signal?: AbortSignal): Promise<RecordData> {
    return this.call(() => this.options.data.retrieveRecord(PROFILE.table, recordId, `?$select=${OWNER}`), signal);
  }

  private principalName(principal: PrincipalRef, signal?: AbortSignal): Promise<{ name: string; active: boolean }> {
    const key = `${principal.kind}:${normalizeGuid(principal.id)}`;
    let found = this.names.get(key);
    if (!found) {
      found =
        principal.kind === "systemuser"
          ? this.call(() => this.options.data.retrieveRecord("systemuser", principal.id, "?$select=fullname,isdisabled"), signal).then(
              (row) => ({ name: String(row.fullname ?? ""), active: row.isdisabled !== true }),
              (error: OwnershipActionError) => {
                // An owner the directory no longer has can't act for the profile; any other failure is a failure.
                if (isNotFound(error)) return { name: "", active: false };
                throw error;
              },
            )
          : this.call(() => this.options.data.retrieveRecord("team", principal.id, "?$select=name"), signal).then((row) => ({
              name: String(row.name ?? ""),
              active: true,
            }));
      this.names.set(key, found);
      found.catch(() => this.names.delete(key));
    }
    return found;
  }

  /**
   * The owner's kind comes from the lookup's `@Microsoft.Dynamics.CRM.lookuplogicalname`
   * annotation; a host that leaves annotations out gets a probe: a user first, then a team.
   */
  private async resolveOwner(row: RecordData): Promise<PrincipalRef> {
    const id = normalizeGuid(String(row[OWNER] ?? ""));
    const table = row[OWNER_TABLE];
    if (table === "team" || table === "systemuser") return { kind: table, id };
    try {
      await this.call(() => this.options.data.retrieveRecord("systemuser", id, "?$select=systemuserid"));
      return { kind: "systemuser", id };
    } catch (error) {
      if (!isNotFound(error)) throw error;
      return { kind: "team", id };
    }
  }

  private privilegeAccess(): AccessMask {
    const has = this.options.hasPrivilege;
    if (!has) return NO_ACCESS;
    return rightsOfPrivileges(has);
  }

  private async checkUnchanged(snapshot: OwnershipSnapshot, signal?: AbortSignal): Promise<void> {
    const row = await this.readOwnerRow(snapshot.recordId, signal).catch(goneIfNotFound);
    if (normalizeGuid(String(row[OWNER] ?? "")) !== normalizeGuid(snapshot.owner.principal.id)) {
      this.cache.delete(snapshot.recordId);
      throw new OwnershipActionError("ownership.error.changed");
    }
  }

  private ensure(decision: Decision): void {
    if (!decision.allowed) throw new OwnershipActionError(decision.messageKey);
  }

  private async assignNow(recordId: string, target: PrincipalRef, signal?: AbortSignal): Promise<OwnershipSnapshot> {
    const set = target.kind === "team" ? "teams" : "systemusers";
    await this.write(
      () => this.options.data.updateRecord(PROFILE.table, recordId, { "ownerid@odata.bind": `/${set}(${target.id})` }),
      signal,
    );
    // The write went through: the re-read shows it whatever the user pressed meanwhile.
    return this.read(recordId, true);
  }

  private requireAccessMessages(): AccessMessages {
    if (!this.options.access) throw new OwnershipActionError("ownership.readOnly");
    return this.options.access;
  }

  private target(recordId: string): RecordRef {
    return { ...PROFILE, id: normalizeGuid(recordId) };
  }

  /**
   * One request through the bounded retry; what still fails leaves as an OwnershipActionError, a
   * cancel as an OwnershipCancelledError (a read changes nothing: never "may have been applied").
   */
  private async call<T>(operation: () => Promise<T>, signal?: AbortSignal, write = false): Promise<T> {
    try {
      return await withRetry(operation, { ...this.options.retry, signal });
    } catch (reason) {
      if (reason instanceof OwnershipActionError) throw reason;
      if (reason instanceof CancelledError) throw new OwnershipCancelledError(write && reason.mayHaveBeenApplied);
      throw toActionError(classifyError(reason));
    }
  }

  /** A request that changes the record: a cancel after an ambiguous failure of it may have been applied. */
  private write<T>(operation: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return this.call(operation, signal, true);
  }
}

/** The profile itself is gone (read of its row: "Does Not Exist" / 404). */
function goneIfNotFound(reason: unknown): never {
  if (isNotFound(reason)) throw new OwnershipActionError("ownership.error.gone", (reason as OwnershipActionError).supportCode);
  throw reason;
}

/** "Does Not Exist" or HTTP 404, after `call` turned it into an OwnershipActionError. */
const isNotFound = (error: unknown): boolean => error instanceof OwnershipActionError && isNotFoundCode(error.supportCode);

const isNotFoundCode = (supportCode: string | undefined): boolean =>
  supportCode === formatErrorCode(ErrorCodes.ObjectDoesNotExist) || supportCode === "HTTP 404";

function toActionError(classified: ClassifiedError): OwnershipActionError {
  return new OwnershipActionError(classified.messageKey, classified.supportCode);
}
