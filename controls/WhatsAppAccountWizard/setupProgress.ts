import { CancelledError, DataverseClient, RetryOptions, Sleep, abortableSleep, withRetry } from "../../plugins-shim/client";
import { PROVISIONING_STATUS } from "../../plugins-shim/schema/provisioningStateStatus";

/**
 * What the platform does after the save, read back: the Twilio inbound URL it generates, and the
 * account's provisioning state (msdyn_ocprovisioningstate rows pointing at the account through
 * msdyn_ocwhatsappchannelaccountid, plugins-shim/schema/provisioningState.ts), as the stock
 * account form's subgrid shows them.
 */

export interface SetupProgress {
  inboundUrl?: string;
  /** statuscode of the account's latest provisioning state; undefined when none was found. */
  status?: number;
  /** msdyn_errormessage, shown when the status is Error. */
  errorMessage?: string;
}

export interface PollOptions {
  attempts: number;
  intervalMs: number;
  sleep?: Sleep;
  signal?: AbortSignal;
}

const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/**
 * Reads the inbound URL and the latest provisioning state a bounded number of times, reporting
 * each read (the view shows the state as it changes), and stops when the setup settles —
 * provisioning ended (Running or Error), or there is none to wait for and the URL is there —
 * when the bound is reached, or when `signal` aborts (the control went away: useDataverseTask
 * aborts its work on unmount). True when it settled.
 */
export async function watchSetup(
  client: DataverseClient,
  id: string,
  retry: RetryOptions,
  { attempts, intervalMs, sleep = abortableSleep, signal }: PollOptions,
  onProgress: (progress: SetupProgress) => void,
): Promise<boolean> {
  for (let poll = 1; poll <= attempts; poll += 1) {
    const account = await withRetry(
      () => client.retrieveRecord("msdyn_ocwhatsappchannelaccount", id, "?$select=msdyn_twilioinboundurl"),
      retry,
    );
    const progress: SetupProgress = { inboundUrl: text(account.msdyn_twilioinboundurl) };
    try {
      const { entities } = await withRetry(
        () =>
          client.retrieveMultipleRecords(
            "msdyn_ocprovisioningstate",
            `?$select=statuscode,msdyn_errormessage&$filter=_msdyn_ocwhatsappchannelaccountid_value eq ${id}`,
          ),
        retry,
      );
      const latest = entities[entities.length - 1];
      if (latest) {
        progress.status = latest.statuscode as number;
        progress.errorMessage = text(latest.msdyn_errormessage);
      }
    } catch (reason) {
      // An org without the table, or a user who may not read it: the URL is still worth showing.
      if (reason instanceof CancelledError) throw reason;
    }
    onProgress(progress);
    const { inboundUrl, status } = progress;
    if (status === PROVISIONING_STATUS.error || (inboundUrl && (status === undefined || status === PROVISIONING_STATUS.running)))
      return true;
    if (poll < attempts) await sleep(intervalMs, signal);
  }
  return false;
}
