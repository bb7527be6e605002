import * as React from "react";
import { CancelledError, ClassifiedError, classifyError, RetryOptions, RetryProgress } from "../../plugins-shim/client";

/** How the view shows one piece of Dataverse work: busy, retrying (cancellable), failed. */
export interface TaskState {
  /** resx key of what is running ("whatsAppWizard.task.creating"), when something runs. */
  busyKey?: string;
  retrying?: RetryProgress;
  error?: ClassifiedError;
  cancelled: boolean;
  /**
   * The cancelled work had an attempt that failed without a definitive answer (lost response,
   * 5xx): it may have been applied, so "nothing happened" would be a guess (retry.ts).
   */
  unconfirmed?: boolean;
}

export type RetryTuning = Pick<RetryOptions, "maxAttempts" | "baseDelayMs" | "maxDelayMs" | "sleep" | "random">;

export interface DataverseTask {
  state: TaskState;
  /** Runs `work` with retry options wired to this task; undefined when it failed or was cancelled. */
  run<T>(busyKey: string, work: (retry: RetryOptions, signal: AbortSignal) => Promise<T>): Promise<T | undefined>;
  cancel(): void;
  clearError(): void;
  /** Shows the work as stopped, after a caller re-read what a cancelled write left behind. */
  showStopped(unconfirmed: boolean): void;
}

const IDLE: TaskState = { cancelled: false };

/** One task at a time: callers disable their buttons while `busyKey` is set. */
export function useDataverseTask(tuning: RetryTuning = {}): DataverseTask {
  const [state, setState] = React.useState<TaskState>(IDLE);
  const controller = React.useRef<AbortController | undefined>(undefined);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
      controller.current?.abort();
    },
    [],
  );

  const update = React.useCallback((next: TaskState) => {
    if (mounted.current) setState(next);
  }, []);

  const run = React.useCallback(
    async <T>(busyKey: string, work: (retry: RetryOptions, signal: AbortSignal) => Promise<T>): Promise<T | undefined> => {
      const abort = new AbortController();
      controller.current = abort;
      update({ busyKey, cancelled: false });
      const retry: RetryOptions = {
        ...tuning,
        signal: abort.signal,
        onRetry: (progress) => update({ busyKey, retrying: progress, cancelled: false }),
      };
      try {
        const result = await work(retry, abort.signal);
        update(IDLE);
        return result;
      } catch (reason) {
        // A cancelled read changed nothing; a caller whose write may have been applied says so
        // itself (showStopped), since only it knows which of its requests wrote.
        if (reason instanceof CancelledError || abort.signal.aborted) update({ cancelled: true });
        else update({ error: classifyError(reason), cancelled: false });
        return undefined;
      } finally {
        if (controller.current === abort) controller.current = undefined;
      }
    },
    [tuning, update],
  );

  const cancel = React.useCallback(() => controller.current?.abort(), []);
  const clearError = React.useCallback(() => update(IDLE), [update]);
  const showStopped = React.useCallback((unconfirmed: boolean) => update({ cancelled: true, unconfirmed }), [update]);
  return { state, run, cancel, clearError, showStopped };
}
