import {
  AccessMask,
  AccessRight,
  AccessRightName,
  formatAccessMask,
  hasRight,
  parseAccessMask,
} from "../../plugins-shim/ownership/accessRights";
import { effectiveAccess, findTeam, findUser, privilegeCeiling, teamsOf } from "../../plugins-shim/ownership/effectiveAccess";
import { Directory, DirectoryTeam, DirectoryUser, PrincipalRef, RecordSecurity } from "../../plugins-shim/ownership/model";
import { grant, modify, revoke } from "../../plugins-shim/ownership/transitions";
import { DataverseClient, DataverseError, RecordData } from "../../plugins-shim/client/DataverseClient";
import { dataverseError, OrganizationErrorCodes as Codes } from "./dataverseErrors";
import {
  AccessMessages,
  createWebApiAccessMessages,
  FetchLike,
  FetchResponseLike,
  principalOf,
} from "../../plugins-shim/client/accessMessages";
import { IN_MEMORY_WEB_API_PATH, InMemoryDataverse } from "./inMemoryDataverse";
import { matchesFilter, parseODataQuery } from "./odataQuery";
import { parseBindValue } from "../../plugins-shim/rules/lookups";
import { ENTITY_SETS } from "../../plugins-shim/schema/entitySets";
import { GUID_DIGITS } from "../../plugins-shim/rules/guid";

// Key segments of the access messages' URLs. A key that is not a whole GUID matches no route and
// gets the fake's unknown-route answer, never a guessed record. (What the server answers for a
// malformed key, a 400 or a 404, is not documented: callers treat either as a failed request.)
const TARGET_KEY = new RegExp(`'@odata\\.id':'socialprofiles\\((${GUID_DIGITS})\\)'`, "i");
const PRINCIPAL_KEY = new RegExp(`^systemusers\\((${GUID_DIGITS})\\)/`, "i");

/**
 * An in-memory organization WITH people: users, teams, business units, privileges and sharing,
 * composed around `InMemoryDataverse` (which keeps the rows and enforces the schema). Each user
 * gets their own `DataverseClient` (what `context.webAPI` is for that user) and their own Web API
 * endpoint for the access messages (a `fetch` that answers GrantAccess, ModifyAccess,
 * RevokeAccess, RetrievePrincipalAccess and RetrieveSharedPrincipalsAndAccess the way the
 * server does), so the ownership client runs its real request code against it.
 *
 * What it enforces, and the platform behaviour each follows:
 * - rights on a social profile as `effectiveAccess` computes them (plugins-shim/ownership);
 * - retrieve needs Read; update needs Write; an update that changes `ownerid` needs Assign (the
 *   Assign message runs inside Update); delete needs Delete; every access message on a record
 *   needs Share, except the two retrieves, which need Read. A refusal is HTTP 403: 0x80048306
 *   when the user holds the privilege but its level doesn't reach the record, 0x80040220 when the
 *   user lacks the privilege (`denied`).
 * - deleting a profile deletes its social activities (`postfromprofileid`): docs/platform-facts.md#socialprofile-entity-set-socialprofiles-id-socialprofileid-primary-name-profilename-user-owned,
 *   "Deleting a social profile cascades to its social activities"; its shares go with it.
 * - a create without an owner is owned by the caller (ownerid defaults to the calling user).
 * - an access team can't be made an owner (Microsoft Learn, "Manage teams": "An access team
 *   doesn't own records"); team rows carry `teamtype` (Team table reference: Owner 0, Access 1).
 *   The server's exact refusal isn't documented: this one answers HTTP 400 with 0x80040203
 *   (invalid argument), and callers must not rely on the code.
 * - `systemuser`, `team` and `teammembership` are readable by everyone, as users' names are in an
 *   app. Social activities carry no security here (their own rules are outside this issue).
 */

const PROFILE = "socialprofile";
const OWNER = "_ownerid_value";
const OWNER_TABLE = `${OWNER}@Microsoft.Dynamics.CRM.lookuplogicalname`;

export interface AccessRequestInfo {
  userId: string;
  operation: "create" | "update" | "delete" | "retrieve" | "retrieveMultiple" | "access";
  table: string;
  /** For "access": the message name. */
  message?: string;
}

export interface AccessOrganizationOptions {
  directory: Directory;
  data?: InMemoryDataverse;
  /** Fault injection for every call of every user: return an error to reject with it. */
  intercept?: (request: AccessRequestInfo) => DataverseError | undefined;
}

/**
 * A record-level refusal, told apart as "Troubleshoot Dataverse client errors"
 * (learn.microsoft.com/troubleshoot/power-platform/power-apps/dataverse/client-errors) tells them:
 * - the user lacks the privilege on the table: -2147220960 (0x80040220), "Principal user is missing
 *   privilege on OTC for entity";
 * - the user holds it but its access level doesn't reach this record (the privilege check passed,
 *   the access check failed): -2147187962 (0x80048306), "Principal with ID <guid> does not have
 *   CreateAccess right(s) for record with ID <guid> of entity".
 * HTTP 403, as "Compose HTTP requests and handle errors" lists security refusals.
 */
function denied(user: DirectoryUser | undefined, right: AccessRightName, userId: string, id: string): DataverseError {
  if (user && !user.disabled && hasRight(privilegeCeiling(user), right)) {
    return dataverseError(
      Codes.AccessCheckFailed,
      `Principal with ID ${userId} does not have ${formatAccessMask(AccessRight[right])} right(s) for record with ID ${id} of entity ${PROFILE}.`,
      403,
    );
  }
  return dataverseError(
    Codes.PrivilegeDenied,
    `Principal user (Id=${userId}) is missing prv${right}SocialProfile privilege for entity '${PROFILE}'.`,
    403,
  );
}

export class InMemoryAccessOrganization {
  readonly data: InMemoryDataverse;
  private directory: Directory;
  private readonly shares = new Map<string, RecordSecurity["shares"]>();
  private readonly options: AccessOrganizationOptions;

  constructor(options: AccessOrganizationOptions) {
    this.options = options;
    this.directory = options.directory;
    this.data = options.data ?? new InMemoryDataverse();
  }

  get people(): Directory {
    return this.directory;
  }

  /** Playground and tests: enable or disable a user (a person leaving the organization). */
  setUserDisabled(userId: string, disabled: boolean): void {
    this.directory = { ...this.directory, users: this.directory.users.map((user) => (user.id === userId ? { ...user, disabled } : user)) };
  }

  /** Loads a profile owned by `owner` (ids and `_x_value` lookups as stored, like `seed`). */
  seedProfile(record: RecordData, owner: PrincipalRef): string {
    const [id] = this.data.seed(PROFILE, [{ ...record, [OWNER]: owner.id, [OWNER_TABLE]: owner.kind }]);
    return id;
  }

  /** The record's security as stored: its owner and shares. */
  async security(recordId: string): Promise<RecordSecurity> {
    const row = await this.data.retrieveRecord(PROFILE, recordId, `?$select=${OWNER}`);
    const owner: PrincipalRef = { kind: row[OWNER_TABLE] === "team" ? "team" : "systemuser", id: String(row[OWNER]) };
    return { owner, shares: this.shares.get(recordId.toLowerCase()) ?? [] };
  }

  /** What `context.webAPI` does for this user. */
  clientFor(userId: string): DataverseClient {
    const check = (operation: AccessRequestInfo["operation"], table: string) => {
      const fault = this.options.intercept?.({ userId, operation, table });
      if (fault) throw fault;
    };
    return {
      createRecord: async (table, data) => {
        check("create", table);
        const owned =
          table === PROFILE && !("ownerid@odata.bind" in data) ? { ...data, "ownerid@odata.bind": `/systemusers(${userId})` } : data;
        return this.data.createRecord(table, owned);
      },
      updateRecord: async (table, id, data) => {
        check("update", table);
        if (table === PROFILE) await this.authorizeUpdate(userId, id, data);
        return this.data.updateRecord(table, id, data);
      },
      deleteRecord: async (table, id) => {
        check("delete", table);
        if (table !== PROFILE) return this.data.deleteRecord(table, id);
        await this.require(userId, id, "Delete");
        const activities = await this.data.retrieveMultipleRecords(
          "socialactivity",
          `?$select=activityid&$filter=_postfromprofileid_value eq ${id}`,
        );
        for (const activity of activities.entities) await this.data.deleteRecord("socialactivity", String(activity.activityid));
        this.shares.delete(id.toLowerCase());
        return this.data.deleteRecord(table, id);
      },
      retrieveRecord: async (table, id, options) => {
        check("retrieve", table);
        const directoryRow = this.directoryRows(table)?.find((row) => String(row[`${table}id`]).toLowerCase() === id.toLowerCase());
        if (this.directoryRows(table)) {
          if (!directoryRow) throw dataverseError(Codes.ObjectDoesNotExist, `${table} With Id = ${id} Does Not Exist`, 404);
          return { ...directoryRow };
        }
        if (table === PROFILE) await this.require(userId, id, "Read");
        return this.data.retrieveRecord(table, id, options);
      },
      retrieveMultipleRecords: async (table, options, maxPageSize) => {
        check("retrieveMultiple", table);
        const rows = this.directoryRows(table);
        if (rows) {
          const filter = parseODataQuery(options).filter;
          return { entities: rows.filter((row) => !filter || matchesFilter(row, filter)) };
        }
        const result = await this.data.retrieveMultipleRecords(table, options, maxPageSize);
        if (table !== PROFILE) return result;
        // Rows the user can't read are left out, as the server's security filter does.
        const readable: RecordData[] = [];
        for (const row of result.entities) {
          if (hasRight(await this.accessOf(userId, String(row.socialprofileid)), "Read")) readable.push(row);
        }
        return { ...result, entities: readable };
      },
    };
  }

  /** The access messages of this user, as the Web API answers them. */
  accessMessagesFor(userId: string): AccessMessages {
    return createWebApiAccessMessages(this.fetchFor(userId), IN_MEMORY_WEB_API_PATH);
  }

  /** A `fetch` answering the access messages at `…/api/data/v9.2/` for this user. */
  fetchFor(userId: string): FetchLike {
    return async (url, init) => {
      try {
        const body = await this.route(userId, decodeURIComponent(url.replace(/^.*\/api\/data\/v9\.\d\//, "")), init.method, init.body);
        return response(body === undefined ? 204 : 200, body === undefined ? "" : JSON.stringify(body));
      } catch (reason) {
        const error = reason as DataverseError;
        const code = `0x${(error.errorCode >>> 0).toString(16)}`;
        return response(error.status ?? 500, JSON.stringify({ error: { code, message: error.message } }), error.retryAfterSeconds);
      }
    };
  }

  private async route(userId: string, path: string, method: string, rawBody: string | undefined): Promise<unknown> {
    const message = /^(?:systemusers\([^)]*\)\/Microsoft\.Dynamics\.CRM\.)?(\w+)/.exec(path)?.[1] ?? "";
    const fault = this.options.intercept?.({ userId, operation: "access", table: PROFILE, message });
    if (fault) throw fault;
    const target = TARGET_KEY.exec(path)?.[1];
    const principalId = PRINCIPAL_KEY.exec(path)?.[1];
    if (method === "GET" && message === "RetrievePrincipalAccess" && target && principalId) {
      await this.require(userId, target, "Read");
      return { AccessRights: formatAccessMask(await this.accessOf(principalId, target)) };
    }
    if (method === "GET" && message === "RetrieveSharedPrincipalsAndAccess" && target) {
      await this.require(userId, target, "Read");
      const shares = this.shares.get(target.toLowerCase()) ?? [];
      return {
        PrincipalAccesses: shares.map((share) => ({
          AccessMask: formatAccessMask(share.mask),
          Principal: { "@odata.type": `#Microsoft.Dynamics.CRM.${share.principal.kind}`, ownerid: share.principal.id },
        })),
      };
    }
    if (method === "POST" && ["GrantAccess", "ModifyAccess", "RevokeAccess"].includes(message)) {
      const body = JSON.parse(rawBody ?? "{}") as Record<string, Record<string, unknown>>;
      const recordId = String(body.Target?.socialprofileid ?? "");
      const principal = this.principalFrom(message === "RevokeAccess" ? body.Revokee : body.PrincipalAccess?.Principal);
      await this.require(userId, recordId, "Share");
      const security = await this.security(recordId);
      const mask: AccessMask = parseAccessMask(body.PrincipalAccess?.AccessMask);
      const next =
        message === "GrantAccess"
          ? grant(security, principal, mask)
          : message === "ModifyAccess"
            ? modify(security, principal, mask)
            : revoke(security, principal);
      this.shares.set(recordId.toLowerCase(), next.shares);
      return undefined;
    }
    throw dataverseError(Codes.ResourceNotFound, `Resource not found for the segment '${path.split("?")[0]}'.`, 404);
  }

  /** The principal of a request body, read as the client reads one in an answer (principalOf). */
  private principalFrom(json: unknown): PrincipalRef {
    const principal = principalOf(json);
    if (
      !principal ||
      !(principal.kind === "systemuser" ? findUser(this.directory, principal.id) : findTeam(this.directory, principal.id))
    ) {
      throw dataverseError(Codes.ObjectDoesNotExist, `Principal ${principal?.id ?? "(none)"} Does Not Exist`, 404);
    }
    return principal;
  }

  private async accessOf(userId: string, recordId: string): Promise<AccessMask> {
    return effectiveAccess(this.directory, userId, await this.security(recordId));
  }

  private async require(userId: string, recordId: string, right: AccessRightName): Promise<void> {
    if (!hasRight(await this.accessOf(userId, recordId), right)) throw denied(findUser(this.directory, userId), right, userId, recordId);
  }

  private async authorizeUpdate(userId: string, id: string, data: RecordData): Promise<void> {
    const { "ownerid@odata.bind": owner, ...rest } = data;
    if (Object.keys(rest).length > 0) await this.require(userId, id, "Write");
    if (owner === undefined) return;
    await this.require(userId, id, "Assign");
    // The same bind parser validation uses, so every bind it accepts ({guid}, absolute URIs) resolves here.
    // A user or team named by an alternate key (no id) is not one this directory can find.
    const bind = parseBindValue(owner);
    const ownerId = bind?.id;
    const exists =
      ownerId === undefined
        ? undefined
        : bind?.entitySet === ENTITY_SETS.systemuser
          ? findUser(this.directory, ownerId)
          : bind?.entitySet === ENTITY_SETS.team
            ? findTeam(this.directory, ownerId)
            : undefined;
    if (!exists) throw dataverseError(Codes.ObjectDoesNotExist, `${String(owner)} Does Not Exist`, 404);
    if (bind?.entitySet === ENTITY_SETS.team && ownerId !== undefined && findTeam(this.directory, ownerId)?.type === "access") {
      throw dataverseError(Codes.InvalidArgument, `An access team can't own records: ${String(owner)}.`, 400);
    }
  }

  /** systemuser / team / teammembership rows, as the Web API names their columns. */
  private directoryRows(table: string): RecordData[] | undefined {
    const users = this.directory.users;
    const teams = this.directory.teams;
    if (table === "systemuser")
      return users.map((user: DirectoryUser) => ({
        systemuserid: user.id,
        fullname: user.name,
        isdisabled: user.disabled,
        _businessunitid_value: user.businessUnitId,
      }));
    if (table === "team") {
      return teams.map((team: DirectoryTeam) => ({
        teamid: team.id,
        name: team.name,
        teamtype: team.type === "access" ? 1 : 0,
        _businessunitid_value: team.businessUnitId,
      }));
    }
    if (table === "teammembership") {
      return users.flatMap((user) =>
        teamsOf(this.directory, user.id).map((team) => ({
          teammembershipid: `${team.id}:${user.id}`,
          systemuserid: user.id,
          teamid: team.id,
        })),
      );
    }
    return undefined;
  }
}

/** The in-memory organization's answer to "may this user …" — what `utils.hasEntityPrivilege` says. */
export function privilegeHolder(directory: () => Directory, userId: string) {
  return (privilege: keyof DirectoryUser["privileges"]): boolean => {
    const level = findUser(directory(), userId)?.privileges[privilege];
    return level !== undefined && level !== "none";
  };
}

function response(status: number, text: string, retryAfterSeconds?: number): FetchResponseLike {
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: {
      get: (name: string) => (name.toLowerCase() === "retry-after" && retryAfterSeconds !== undefined ? String(retryAfterSeconds) : null),
    },
    text: async () => text,
  };
}
