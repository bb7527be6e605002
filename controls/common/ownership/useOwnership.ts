import * as React from "react";
import type { OwnershipSnapshot } from "./ownershipImports";
import type { OwnershipService } from "./ownershipService";

export interface ActionError {
  messageKey: string;
  supportCode?: string;
}

/** What became of a cancelled action, said once (not an error: the user asked for it). */
export interface ActionNotice {
  messageKey: "ownership.cancel.stopped" | "ownership.cancel.mayHaveApplied" | "ownership.cancel.tooLate";
}

export interface OwnershipState {
  status: "loading" | "ready" | "failed" | "deleted";
  snapshot?: OwnershipSnapshot;
  busy: boolean;
  error?: ActionError;
  notice?: ActionNotice;
}

const errorOf = (reason: unknown): ActionError => {
  const error = reason as { messageKey?: unknown; supportCode?: unknown };
  return {
    messageKey: typeof error?.messageKey === "string" ? error.messageKey : "error.unknown",
    ...(typeof error?.supportCode === "string" ? { supportCode: error.supportCode } : {}),
  };
};

/** The client's OwnershipCancelledError, read by shape. */
const cancelOf = (reason: unknown): { mayHaveBeenApplied: boolean } | undefined => {
  const error = reason as { cancelled?: unknown; mayHaveBeenApplied?: unknown } | undefined;
  return error?.cancelled === true ? { mayHaveBeenApplied: error.mayHaveBeenApplied === true } : undefined;
};

/** The profile is gone: the client's "ownership.error.gone". */
const GONE = "ownership.error.gone";

/**
 * Reads the ownership of one record AFTER the first render (an effect, never during render), so
 * the card shows at once and the section fills in. An action keeps the last good snapshot on
 * failure, so a refused or failed action leaves the card as it was; only "changed by someone
 * else" reloads, because the message tells the user the card now shows the current owner.
 *
 * `cancel` stops the running action (its next attempt; docs/ownership.md, "Cancel"): nothing
 * changed → "Stopped"; a write may already have reached Dataverse → say so and re-read; the
 * action went through anyway → show its result and say it was too late to stop. A profile found
 * deleted (by a read or an action) shows as deleted, not as a failure.
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
        (reason) => {
          if (!alive.current) return;
          const error = errorOf(reason);
          if (error.messageKey === GONE) setState((previous) => ({ status: "deleted", busy: false, notice: previous.notice }));
          else setState((previous) => ({ ...previous, status: previous.snapshot ? previous.status : "failed", error }));
        },
      );
    },
    [service, recordId],
  );

  React.useEffect(() => {
    setState({ status: "loading", busy: false });
    load(false);
  }, [load]);

  const running = React.useRef<AbortController | undefined>();
  // A card that goes away stops what it started.
  React.useEffect(() => () => running.current?.abort(), []);

  /** Runs one action; resolves true when it happened. */
  const run = React.useCallback(
    async (action: (snapshot: OwnershipSnapshot, signal: AbortSignal) => Promise<OwnershipSnapshot | void>): Promise<boolean> => {
      const snapshot = state.snapshot;
      if (!snapshot || state.busy) return false;
      const controller = new AbortController();
      running.current = controller;
      setState((previous) => ({ ...previous, busy: true, error: undefined, notice: undefined }));
      try {
        const next = await action(snapshot, controller.signal);
        const notice: ActionNotice | undefined = controller.signal.aborted ? { messageKey: "ownership.cancel.tooLate" } : undefined;
        if (alive.current)
          setState((previous) =>
            next ? { ...previous, busy: false, snapshot: next, notice } : { status: "deleted", busy: false, notice },
          );
        return true;
      } catch (reason) {
        if (!alive.current) return false;
        const cancelled = cancelOf(reason);
        if (cancelled) {
          setState((previous) => ({
            ...previous,
            busy: false,
            notice: { messageKey: cancelled.mayHaveBeenApplied ? "ownership.cancel.mayHaveApplied" : "ownership.cancel.stopped" },
          }));
          if (cancelled.mayHaveBeenApplied) load(true);
          return false;
        }
        const error = errorOf(reason);
        if (error.messageKey === GONE) {
          setState({ status: "deleted", busy: false });
          return false;
        }
        setState((previous) => ({ ...previous, busy: false, error }));
        if (error.messageKey === "ownership.error.changed") load(true);
        return false;
      } finally {
        if (running.current === controller) running.current = undefined;
      }
    },
    [state.snapshot, state.busy, load],
  );

  /** Cancel of the running action: its next attempt doesn't happen. */
  const cancel = React.useCallback(() => running.current?.abort(), []);
  const dismissError = React.useCallback(() => setState((previous) => ({ ...previous, error: undefined, notice: undefined })), []);
  return { state, run, cancel, retry: () => load(true), dismissError };
}
