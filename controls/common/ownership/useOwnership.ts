import * as React from "react";
import type { OwnershipSnapshot } from "./ownershipImports";
import type { OwnershipService } from "./ownershipService";

export interface ActionError {
  messageKey: string;
  supportCode?: string;
}

export interface OwnershipState {
  status: "loading" | "ready" | "failed" | "deleted";
  snapshot?: OwnershipSnapshot;
  busy: boolean;
  error?: ActionError;
}

const errorOf = (reason: unknown): ActionError => {
  const error = reason as { messageKey?: unknown; supportCode?: unknown };
  return {
    messageKey: typeof error?.messageKey === "string" ? error.messageKey : "error.unknown",
    ...(typeof error?.supportCode === "string" ? { supportCode: error.supportCode } : {}),
  };
};

/**
 * Reads the ownership of one record AFTER the first render (an effect, never during render), so
 * the card shows at once and the section fills in. An action keeps the last good snapshot on
 * failure, so a refused or failed action leaves the card as it was; only "changed by someone
 * else" reloads, because the message tells the user the card now shows the current owner.
 */
export function useOwnership(service: OwnershipService, recordId: string) {
  const [state, setState] = React.useState<OwnershipState>({ status: "loading", busy: false });
  const alive = React.useRef(true);
  React.useEffect(() => () => void (alive.current = false), []);

  const load = React.useCallback(
    (refresh: boolean) => {
      setState((previous) => ({ ...previous, status: previous.snapshot ? previous.status : "loading" }));
      service.read(recordId, refresh).then(
        (snapshot) => alive.current && setState((previous) => ({ ...previous, status: "ready", snapshot })),
        (reason) => alive.current && setState((previous) => ({ ...previous, status: previous.snapshot ? previous.status : "failed", error: errorOf(reason) })),
      );
    },
    [service, recordId],
  );

  React.useEffect(() => {
    setState({ status: "loading", busy: false });
    load(false);
  }, [load]);

  /** Runs one action; resolves true when it happened. */
  const run = React.useCallback(
    async (action: (snapshot: OwnershipSnapshot) => Promise<OwnershipSnapshot | void>): Promise<boolean> => {
      const snapshot = state.snapshot;
      if (!snapshot || state.busy) return false;
      setState((previous) => ({ ...previous, busy: true, error: undefined }));
      try {
        const next = await action(snapshot);
        if (alive.current) setState((previous) => (next ? { ...previous, busy: false, snapshot: next } : { status: "deleted", busy: false }));
        return true;
      } catch (reason) {
        const error = errorOf(reason);
        if (alive.current) setState((previous) => ({ ...previous, busy: false, error }));
        if (error.messageKey === "ownership.error.changed") load(true);
        return false;
      }
    },
    [state.snapshot, state.busy, load],
  );

  const dismissError = React.useCallback(() => setState((previous) => ({ ...previous, error: undefined })), []);
  return { state, run, retry: () => load(true), dismissError };
}
