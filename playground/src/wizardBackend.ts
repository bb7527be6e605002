import { InMemoryDataverse } from "../../plugins-shim/client";
import { msdyn_ocwhatsappchannelaccount } from "../../plugins-shim/schema";
import { Fault, FaultyDataverseClient } from "../../test/support/faultyDataverseClient";

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

/** The faults the side panel can queue for the next matching request. */
export const FAULTS: readonly { id: string; label: string; fault: Fault }[] = [
  { id: "throttled", label: "429 (Retry-After 1 s)", fault: { kind: "throttled", retryAfterSeconds: 1 } },
  { id: "unavailable", label: "503", fault: { kind: "unavailable" } },
  { id: "network", label: "Network error", fault: { kind: "network" } },
  { id: "afterCommit", label: "Create saved, response lost", fault: { kind: "afterCommit", method: "createRecord" } },
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
