import * as React from "react";
import { DataverseClient } from "../../plugins-shim/client";
import { findConflicts } from "./accountService";
import { RetryTuning } from "./useDataverseTask";

/** Wait this long after the last keystroke before asking Dataverse: one query per pause, not per key. */
export const RENAME_CHECK_DELAY_MS = 400;

/**
 * Asks whether another account already uses a new name for this one — the same rule as a create
 * (accountService.findConflicts), minus the account itself. Only the latest name counts: a newer
 * keystroke, or unmounting, drops the check in progress. Resolves true (taken), false (free), or
 * undefined when superseded or when Dataverse could not answer (then the server's own duplicate
 * detection still judges the form's save).
 */
export function useRenameCheck(client: DataverseClient, recordId: string, tuning: RetryTuning) {
  const latest = React.useRef<{ timer: ReturnType<typeof setTimeout>; abort: AbortController } | undefined>(undefined);
  const stop = React.useCallback(() => {
    if (!latest.current) return;
    clearTimeout(latest.current.timer);
    latest.current.abort.abort();
    latest.current = undefined;
  }, []);
  React.useEffect(() => stop, [stop]);

  return React.useCallback(
    (name: string): Promise<boolean | undefined> => {
      stop();
      const abort = new AbortController();
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          findConflicts(client, { name }, { ...tuning, maxAttempts: 3, signal: abort.signal }, recordId).then(
            (conflicts) => resolve(abort.signal.aborted ? undefined : conflicts.includes("name")),
            () => resolve(undefined),
          );
        }, RENAME_CHECK_DELAY_MS);
        abort.signal.addEventListener("abort", () => resolve(undefined), { once: true });
        latest.current = { timer, abort };
      });
    },
    [client, recordId, tuning, stop],
  );
}
