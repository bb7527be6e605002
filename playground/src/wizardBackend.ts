import { InMemoryDataverse } from "../../simulator/organization/inMemoryDataverse";
import { msdyn_ocwhatsappchannelaccount } from "../../plugins-shim/schema";
import { Fault, FaultyDataverseClient, unexpectedError } from "../../simulator/pcfHost/faultyDataverseClient";

export const ACCOUNT_TABLE = msdyn_ocwhatsappchannelaccount.logicalName;

/**
 * The wizard's organization for the whole page: the schema-enforcing in-memory Dataverse, with
 * the platform filling the Twilio inbound URL after a create, behind the fault injector. It lives
 * as long as the page, so a language or theme switch keeps the records already created.
 */
export const wizardDataverse = new InMemoryDataverse({
  afterCreate: (_table, record) => ({
    msdyn_twilioinboundurl: `https://contoso.omnichannelengagementhub.com/whatsapp/twilio/${String(record.msdyn_ocwhatsappchannelaccountid)}`,
  }),
});
export const wizardClient = new FaultyDataverseClient(wizardDataverse);

/**
 * The faults the side panel can queue for the next matching request, each rejecting with what
 * context.webAPI rejects with (simulator/pcfHost/platformErrors.ts): `{ errorCode, message }`, no
 * HTTP status, no Retry-After.
 */
export const FAULTS: readonly { id: string; label: string; fault: Fault }[] = [
  { id: "throttled", label: "Service protection 0x80072322", fault: { kind: "throttled" } },
  // Throttling refuses a request before it runs (service protection API limits), so a retried
  // create meets it on the create itself, after the duplicate checks went through.
  { id: "throttledCreate", label: "Create throttled 0x80072322", fault: { kind: "throttled", method: "createRecord" } },
  { id: "unavailable", label: "Gateway failure", fault: { kind: "unavailable" } },
  { id: "network", label: "Network Error", fault: { kind: "network" } },
  { id: "afterCommit", label: "Create saved, response lost", fault: { kind: "afterCommit", method: "createRecord" } },
  {
    id: "afterCommitUnexpected",
    label: "Create saved, then 0x80040216",
    fault: { kind: "afterCommit", method: "createRecord", error: unexpectedError() },
  },
];

export interface BackendStatus {
  accounts: number;
  requests: number;
  pendingFaults: number;
}

export async function backendStatus(): Promise<BackendStatus> {
  const { entities } = await wizardDataverse.retrieveMultipleRecords(ACCOUNT_TABLE, "?$select=msdyn_name");
  return { accounts: entities.length, requests: wizardClient.calls.length, pendingFaults: wizardClient.pendingFaults() };
}
