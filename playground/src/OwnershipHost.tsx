import * as React from "react";
import { Field, Select, Switch } from "@fluentui/react-components";
import { CARD_PROPERTIES as PROPERTIES } from "../../simulator/pcfHost/cardProperties";
import { SocialProfileCard } from "../../controls/SocialProfileCard";
import type { IInputs, IOutputs } from "../../controls/SocialProfileCard/generated/ManifestTypes";
import { privilegeHolder } from "../../simulator/organization/accessOrganization";
import type { DataverseError } from "../../plugins-shim/client/DataverseClient";
import { ErrorCodes } from "../../plugins-shim/client/errorCodes";
import { PCF_PRIVILEGE, Privilege } from "../../plugins-shim/ownership";
import { createFieldHost } from "../../simulator/pcfHost/fieldContext";
import { IDS, ownershipOrganization } from "../../simulator/organization/ownershipOrganization";
import { provideLoadDependency } from "./dependencyLoader";
import { logEvent } from "./hostEvents";
import { HostSettings, THEMES } from "./hostSettings";

/**
 * Ownership and sharing (docs/ownership.md): the real SocialProfileCard on a fake model-driven
 * form whose `context.webAPI` belongs to the chosen user of an in-memory organization with people
 * (simulator/organization/ownershipOrganization.ts). Switches: who is signed in, which profile, whether the
 * access-message endpoint exists (`window.Xrm` + the app's `/api/data/v9.2/`), and a fault switch
 * that throttles every ownership write (HTTP 429) so the bounded retry and its message show.
 */

const PROFILES = [
  { id: IDS.mine, label: "ada_owned (Ada)" },
  { id: IDS.team, label: "team_owned (Support Team)" },
  { id: IDS.shared, label: "ben_shares (Ben)" },
  { id: IDS.orphan, label: "cleo_left (Cleo, disabled)" },
  { id: IDS.others, label: "ben_private (Ben)" },
];

let generations = 0;
const fault = { throttle: false };
const THROTTLED: DataverseError = {
  errorCode: ErrorCodes.ServiceProtectionRequests,
  message: "Number of requests exceeded the limit.",
  status: 429,
  retryAfterSeconds: 1,
};
const organization = ownershipOrganization({
  intercept: (request) =>
    fault.throttle &&
    (request.operation === "update" ||
      request.operation === "delete" ||
      (request.operation === "access" && /^(Grant|Modify|Revoke)Access$/.test(request.message ?? "")))
      ? THROTTLED
      : undefined,
});

/** The app's Web API endpoint for the signed-in user: `fetch` calls under /api/data/v9.2/ reach the organization. */
const signedIn = { userId: IDS.ada as string };
const pageFetch = window.fetch.bind(window);
window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
  const url = String(input);
  if (!url.includes("/api/data/v9.2/")) return pageFetch(input, init);
  return organization.fetchFor(signedIn.userId)(url, init as Parameters<ReturnType<typeof organization.fetchFor>>[1]);
}) as typeof fetch;

/**
 * The page's `window.Xrm`: `Navigation.navigateTo` always (Client API reference,
 * "Xrm.Navigation.navigateTo": a promise resolved once navigated; here it logs where the form would
 * go, controls/common/ownership/leaveRecord.ts), and `Utility.getGlobalContext().getClientUrl()`
 * only with the access-message endpoint.
 */
function setEndpoint(present: boolean): void {
  const page = window as unknown as { Xrm?: unknown };
  const Navigation = {
    navigateTo: (pageInput: { pageType: string; entityName?: string }) => {
      logEvent(`Xrm.Navigation.navigateTo: the form leaves for the ${pageInput.entityName} ${pageInput.pageType}`);
      return Promise.resolve();
    },
  };
  page.Xrm = present
    ? { Navigation, Utility: { getGlobalContext: () => ({ getClientUrl: () => window.location.origin }) } }
    : { Navigation };
}

export const OwnershipHost: React.FC<{ settings: HostSettings }> = ({ settings }) => {
  const [userId, setUserId] = React.useState<string>(IDS.ada);
  const [recordId, setRecordId] = React.useState<string>(IDS.orphan);
  const [endpoint, setEndpointState] = React.useState(true);
  const [throttle, setThrottle] = React.useState(false);
  fault.throttle = throttle;

  const { element, generation, host } = React.useMemo(() => {
    signedIn.userId = userId;
    setEndpoint(endpoint);
    const host = createFieldHost<IInputs, IOutputs>(
      SocialProfileCard,
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mock's property map typing does not model every manifest type
      PROPERTIES as any,
      { lcid: settings.lcid, theme: THEMES[settings.theme] },
    );
    host.context.userSettings.isRTL = settings.rtl || settings.lcid === 1025;
    const profile = PROFILES.find((candidate) => candidate.id === recordId)!;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
    host.context._SetCanvasItems({ profileName: profile.label.split(" ")[0], community: 2, countsShown: "none", layout: "compact" } as any);
    const context = host.context as unknown as {
      mode: { contextInfo?: { entityId: string } };
      webAPI: unknown;
      userSettings: { userId: string };
      utils: { hasEntityPrivilege: (table: string, type: number) => boolean };
    };
    context.mode.contextInfo = { entityId: recordId };
    context.webAPI = organization.clientFor(userId);
    context.userSettings.userId = `{${userId.toUpperCase()}}`;
    const holds = privilegeHolder(() => organization.people, userId);
    const byNumber = new Map<number, Privilege>(Object.entries(PCF_PRIVILEGE).map(([name, value]) => [value, name as Privilege]));
    context.utils.hasEntityPrivilege = (table, type) => table === "socialprofile" && byNumber.has(type) && holds(byNumber.get(type)!);
    // The section comes from the ownership library, loaded on demand as in model-driven apps.
    provideLoadDependency(context.utils);
    host.ExecuteInit();
    logEvent(
      `Ownership: signed in as ${organization.people.users.find((user) => user.id === userId)?.name}, endpoint ${endpoint ? "present" : "missing"}`,
    );
    return { element: host.ExecuteUpdateView(), generation: ++generations, host };
  }, [settings, userId, recordId, endpoint]);
  // The page has loaded: as model-driven apps do for a control that declares
  // <platform-action action-type="afterPageLoad"/>, call its getActions().afterPageLoad (Microsoft
  // Learn, "Tutorial: Use dependent libraries in a component", step 3), which loads the library.
  React.useEffect(() => {
    const actions = (host.control as unknown as { getActions?: () => { afterPageLoad?: () => Promise<void> } }).getActions?.();
    void actions?.afterPageLoad?.();
  }, [host]);

  return (
    <>
      <div style={{ display: "flex", flexWrap: "wrap", gap: "12px", alignItems: "end" }}>
        <Field label="Signed-in user">
          <Select value={userId} onChange={(_, data) => setUserId(data.value)}>
            {organization.people.users.map((user) => (
              <option key={user.id} value={user.id} disabled={user.disabled}>
                {user.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Profile">
          <Select value={recordId} onChange={(_, data) => setRecordId(data.value)}>
            {PROFILES.map((profile) => (
              <option key={profile.id} value={profile.id}>
                {profile.label}
              </option>
            ))}
          </Select>
        </Field>
        <Switch label="Access-message endpoint" checked={endpoint} onChange={(_, data) => setEndpointState(data.checked)} />
        <Switch label="Throttle ownership writes (429)" checked={throttle} onChange={(_, data) => setThrottle(data.checked)} />
      </div>
      <div data-testid="ownership-slot">
        <React.Fragment key={generation}>{element}</React.Fragment>
      </div>
    </>
  );
};
