import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { TaskState } from "./useDataverseTask";
import { Strings } from "./strings";
import { useStyles } from "./styles";
import { useTaskFocus } from "./useTaskFocus";

export interface TaskStatusProps {
  state: TaskState;
  strings: Strings;
  formatInteger(value: number): string;
  onCancel(): void;
  /** Runs the failed action again; offered when trying again can help (not after a definitive refusal). */
  onTryAgain?: () => void;
}

/**
 * What the Dataverse work is doing, in a polite live region: busy, retrying (with a Cancel
 * button), stopped, or failed in plain words with the code for support — and, when the failure
 * may pass (no connection, no Dataverse here, an unexpected error), a Try again button.
 *
 * One Cancel button serves "working" and "retrying", so a keyboard user on it stays on it when a
 * retry begins; useTaskFocus keeps focus off <body> while the work runs and after it ends.
 */
export const TaskStatus: React.FC<TaskStatusProps> = ({ state, strings, formatInteger, onCancel, onTryAgain }) => {
  const styles = useStyles();
  const { busyKey, retrying, error, cancelled, unconfirmed } = state;
  const { statusRef, cancelRef } = useTaskFocus(busyKey !== undefined);
  return (
    <div role="status" aria-live="polite" ref={statusRef}>
      {busyKey && (
        <div className={styles.taskRow}>
          {retrying ? (
            <MessageBar intent="warning" layout="multiline" className={styles.taskMessage}>
              <MessageBarBody>
                {strings(busyKey)}{" "}
                {strings("whatsAppWizard.task.retrying", {
                  seconds: formatInteger(Math.ceil(retrying.delayMs / 1000)),
                  attempt: formatInteger(retrying.nextAttempt),
                  max: formatInteger(retrying.maxAttempts),
                })}
              </MessageBarBody>
            </MessageBar>
          ) : (
            <Spinner size="tiny" labelPosition="after" label={strings(busyKey)} />
          )}
          <Button size="small" ref={cancelRef} onClick={onCancel}>
            {strings("whatsAppWizard.button.cancel")}
          </Button>
        </div>
      )}
      {cancelled && (
        <MessageBar intent={unconfirmed ? "warning" : "info"}>
          <MessageBarBody>
            {strings(unconfirmed ? "whatsAppWizard.task.cancelledUnconfirmed" : "whatsAppWizard.task.cancelled")}
          </MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings("whatsAppWizard.error.title")}</MessageBarTitle>
            {strings(error.messageKey, { detail: error.serverMessage ?? "" })}{" "}
            {error.kind === "unknown" && error.serverMessage && (
              <>{strings("whatsAppWizard.error.detail", { detail: error.serverMessage })} </>
            )}
            {strings("error.supportCode", { code: error.supportCode })}
          </MessageBarBody>
          {onTryAgain && (error.ambiguous || error.retryable) && (
            <MessageBarActions>
              <Button onClick={onTryAgain}>{strings("whatsAppWizard.button.tryAgain")}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </div>
  );
};
