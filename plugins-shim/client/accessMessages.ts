import { AccessMask, formatAccessMask, parseAccessMask } from "../ownership/accessRights";
import type { PrincipalRef, Share } from "../ownership/model";
import { DataverseError } from "./DataverseClient";
import { toDataverseError } from "./errors";

/**
 * The Dataverse access messages — GrantAccess, ModifyAccess, RevokeAccess (actions) and
 * RetrievePrincipalAccess, RetrieveSharedPrincipalsAndAccess (functions) — for social profiles.
 *
 * `context.webAPI` has no way to call them (it offers create / retrieve / update / delete only),
 * so this file is the ONE place that reaches the app's own Web API endpoint with `fetch`, and
 * `detectAccessMessages` the ONE feature detection: it needs `window.Xrm` (model-driven apps
 * provide it to the page; a code component is not promised it) for the organization URL. This
 * relies on UNDOCUMENTED behaviour for a code component — see docs/ownership.md; everything else
 * keeps working read-only when it is missing.
 *
 * Request and response shapes follow the Web API reference (GrantAccess: `Target` +
 * `PrincipalAccess {Principal, AccessMask}`; RevokeAccess: `Target` + `Revokee`;
 * RetrievePrincipalAccess bound to `systemusers(id)`, answering `AccessRights`;
 * RetrieveSharedPrincipalsAndAccess answering `PrincipalAccesses`). Masks travel as the enum's
 * member names ("ReadAccess, WriteAccess").
 */

export interface RecordRef {
  table: string;
  entitySetName: string;
  id: string;
}

export interface AccessMessages {
  grantAccess(target: RecordRef, principal: PrincipalRef, mask: AccessMask): Promise<void>;
  modifyAccess(target: RecordRef, principal: PrincipalRef, mask: AccessMask): Promise<void>;
  revokeAccess(target: RecordRef, principal: PrincipalRef): Promise<void>;
  /** The rights a user has on the record, whatever they come from (ownership, roles, shares). */
  retrievePrincipalAccess(userId: string, target: RecordRef): Promise<AccessMask>;
  /** The record's shares (not its owner). */
  retrieveSharedPrincipalsAndAccess(target: RecordRef): Promise<Share[]>;
}

/** The part of the Fetch API used; `fetch` itself fits, and so does the in-memory endpoint. */
export interface FetchResponseLike {
  ok: boolean;
  status: number;
  headers?: { get(name: string): string | null };
  text(): Promise<string>;
}
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; credentials?: "same-origin" },
) => Promise<FetchResponseLike>;

const HEADERS: Readonly<Record<string, string>> = {
  Accept: "application/json",
  "Content-Type": "application/json; charset=utf-8",
  "OData-MaxVersion": "4.0",
  "OData-Version": "4.0",
};

const principalJson = (principal: PrincipalRef): Record<string, string> => ({
  "@odata.type": `Microsoft.Dynamics.CRM.${principal.kind}`,
  [`${principal.kind}id`]: principal.id,
});

const targetJson = (target: RecordRef): Record<string, string> => ({
  "@odata.type": `Microsoft.Dynamics.CRM.${target.table}`,
  [`${target.table}id`]: target.id,
});

/** `?@target={'@odata.id':'socialprofiles(<id>)'}`: a function's entity parameter by alias. */
const targetAlias = (target: RecordRef): string => `@target=${encodeURIComponent(`{'@odata.id':'${target.entitySetName}(${target.id})'}`)}`;

/**
 * A failed response → DataverseError through the one normalizer (toDataverseError): the Web API
 * body's `{ error: { code: "0x80040220", message } }`, the HTTP status and Retry-After.
 */
async function errorOf(response: FetchResponseLike): Promise<DataverseError> {
  let body: { error?: { code?: unknown; message?: unknown } } | undefined;
  try {
    body = JSON.parse(await response.text()) as typeof body;
  } catch {
    // Not JSON (a gateway page): the status says enough.
  }
  const message = body?.error?.message;
  const retryAfter = response.headers?.get("Retry-After");
  return toDataverseError({
    code: body?.error?.code,
    message: typeof message === "string" && message ? message : `HTTP ${response.status}`,
    status: response.status,
    retryAfterSeconds: retryAfter ? Number(retryAfter) : undefined,
  });
}

export function createWebApiAccessMessages(fetchLike: FetchLike, apiBaseUrl: string): AccessMessages {
  const base = apiBaseUrl.endsWith("/") ? apiBaseUrl : `${apiBaseUrl}/`;
  async function send(method: "GET" | "POST", path: string, body?: unknown): Promise<unknown> {
    let response: FetchResponseLike;
    try {
      response = await fetchLike(`${base}${path}`, {
        method,
        headers: { ...HEADERS },
        credentials: "same-origin",
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (reason) {
      throw toDataverseError(reason);
    }
    if (!response.ok) throw await errorOf(response);
    const text = await response.text();
    return text ? (JSON.parse(text) as unknown) : undefined;
  }

  return {
    async grantAccess(target, principal, mask) {
      await send("POST", "GrantAccess", {
        Target: targetJson(target),
        PrincipalAccess: { Principal: principalJson(principal), AccessMask: formatAccessMask(mask) },
      });
    },
    async modifyAccess(target, principal, mask) {
      await send("POST", "ModifyAccess", {
        Target: targetJson(target),
        PrincipalAccess: { Principal: principalJson(principal), AccessMask: formatAccessMask(mask) },
      });
    },
    async revokeAccess(target, principal) {
      await send("POST", "RevokeAccess", { Target: targetJson(target), Revokee: principalJson(principal) });
    },
    async retrievePrincipalAccess(userId, target) {
      const body = (await send(
        "GET",
        `systemusers(${userId})/Microsoft.Dynamics.CRM.RetrievePrincipalAccess(Target=@target)?${targetAlias(target)}`,
      )) as {
        AccessRights?: unknown;
      };
      return parseAccessMask(body?.AccessRights);
    },
    async retrieveSharedPrincipalsAndAccess(target) {
      const body = (await send("GET", `RetrieveSharedPrincipalsAndAccess(Target=@target)?${targetAlias(target)}`)) as {
        PrincipalAccesses?: unknown;
      };
      // An answer not shaped as documented lists no share rather than failing the whole read.
      const entries = Array.isArray(body?.PrincipalAccesses) ? (body.PrincipalAccesses as unknown[]) : [];
      return entries.flatMap((entry): Share[] => {
        if (typeof entry !== "object" || entry === null) return [];
        const { Principal, AccessMask } = entry as { Principal?: unknown; AccessMask?: unknown };
        const principal = principalOf(Principal);
        return principal ? [{ principal, mask: parseAccessMask(AccessMask) }] : [];
      });
    },
  };
}

/**
 * A principal in a response: `@odata.type` names the kind; the id comes as `ownerid` (the
 * `principal` base type's key) or as `systemuserid` / `teamid`. Other principals (the
 * organization) are not users or teams of this organization's people and are skipped.
 */
export function principalOf(value: unknown): PrincipalRef | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const json = value as Record<string, unknown>;
  const odataType = json["@odata.type"];
  const type = typeof odataType === "string" ? odataType.replace(/^#?Microsoft\.Dynamics\.CRM\./, "") : "";
  if (type !== "systemuser" && type !== "team") return undefined;
  const id = json.ownerid ?? json[`${type}id`];
  return typeof id === "string" ? { kind: type, id: id.toLowerCase() } : undefined;
}

interface XrmLike {
  Utility?: { getGlobalContext?: () => { getClientUrl?: () => string } };
}

/**
 * The one feature detection: the access messages are reachable when the page has `fetch` and
 * `Xrm.Utility.getGlobalContext().getClientUrl()` (model-driven apps). Elsewhere (canvas apps,
 * portals, the pcf-start harness, the playground without its endpoint) it answers `undefined` and
 * the controls show ownership read-only.
 */
export function detectAccessMessages(
  host: { Xrm?: XrmLike; fetch?: unknown } = globalThis as { Xrm?: XrmLike; fetch?: unknown },
): AccessMessages | undefined {
  try {
    const clientUrl = host.Xrm?.Utility?.getGlobalContext?.().getClientUrl?.();
    if (typeof clientUrl !== "string" || !/^https?:\/\//i.test(clientUrl) || typeof host.fetch !== "function") return undefined;
    const fetchFn = host.fetch as FetchLike;
    return createWebApiAccessMessages((url, init) => fetchFn.call(host, url, init), `${clientUrl.replace(/\/$/, "")}/api/data/v9.2/`);
  } catch {
    return undefined;
  }
}
