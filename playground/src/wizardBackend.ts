import { InMemoryDataverse } from "../../simulator/organization/inMemoryDataverse";
import { msdyn_ocwhatsappchannelaccount, msdyn_ocwhatsappchannelnumber } from "../../plugins-shim/schema";
import { WhatsAppProvisioningFake } from "../../simulator/organization/whatsappProvisioning";
import { Fault, FaultyDataverseClient, unexpectedError } from "../../simulator/pcfHost/faultyDataverseClient";
import { fixtureNamed } from "../../simulator/pcfHost/platformErrors";

export const ACCOUNT_TABLE = msdyn_ocwhatsappchannelaccount.logicalName;
export const NUMBER_TABLE = msdyn_ocwhatsappchannelnumber.logicalName;

/** How long each provisioning status lasts in the playground (long enough to see, short for tests). */
const PROVISIONING_STEP_MS = 700;

/**
 * The platform's work after a save (simulator/organization/whatsappProvisioning.ts, each behaviour sourced
 * there): the inbound URL, and a provisioning state going Draft → Processing → Running, or Error
 * with the message the side panel's switch sets.
 */
export const wizardProvisioning = new WhatsAppProvisioningFake({
  inboundUrl: (id) => `https://contoso.omnichannelengagementhub.com/whatsapp/twilio/${id}`,
  pause: () => new Promise((resolve) => setTimeout(resolve, PROVISIONING_STEP_MS)),
});

/**
 * The wizard's organization for the whole page: the schema-enforcing in-memory Dataverse, with
 * the platform filling the Twilio inbound URL after a create, behind the fault injector. It lives
 * as long as the page, so a language or theme switch keeps the records already created.
 */
export const wizardDataverse = new InMemoryDataverse({ afterCreate: wizardProvisioning.afterCreate });
wizardProvisioning.attach(wizardDataverse);
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
  // A number's create saved whose answer is "Generic SQL error." (ambiguous, not retried by
  // itself: platformErrors.ts), so the wizard offers Try again and must not duplicate the number.
  {
    id: "afterCommitNumber",
    label: "Number created, then 0x80044150",
    fault: { kind: "afterCommit", method: "createRecord", table: NUMBER_TABLE, error: fixtureNamed("generic SQL error").error },
  },
];

export interface BackendStatus {
  accounts: number;
  numbers: number;
  requests: number;
  pendingFaults: number;
}

export async function backendStatus(): Promise<BackendStatus> {
  const { entities } = await wizardDataverse.retrieveMultipleRecords(ACCOUNT_TABLE, "?$select=msdyn_name");
  const numbers = await wizardDataverse.retrieveMultipleRecords(NUMBER_TABLE, "?$select=msdyn_name");
  return {
    accounts: entities.length,
    numbers: numbers.entities.length,
    requests: wizardClient.calls.length,
    pendingFaults: wizardClient.pendingFaults(),
  };
}
