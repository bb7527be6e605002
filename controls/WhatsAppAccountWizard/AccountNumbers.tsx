import * as React from "react";
import { Button, MessageBar, MessageBarBody, useId } from "@fluentui/react-components";
import { listNumbers, NumberInput, SavedNumber, deleteNumber, saveNumbers } from "./numberService";
import { NumbersEditor } from "./NumbersEditor";
import { SetupServices } from "./services";
import { useStyles } from "./styles";
import { TaskStatus } from "./TaskStatus";
import { useDataverseTask } from "./useDataverseTask";

export interface AccountNumbersProps extends SetupServices {
  accountId: string;
  /** resx key of why numbers can't be changed (read-only form, missing privilege); undefined when they can. */
  lockedKey?: string;
}

/**
 * An existing account's WhatsApp numbers: listed, added and removed at once through the Web API,
 * with the wizard's checks. An add first looks for the number on the account (saveNumbers), so
 * Try again after a lost answer adopts it; a delete whose answer was lost counts as done.
 */
export const AccountNumbers: React.FC<AccountNumbersProps> = ({ client, strings, formatInteger, retryTuning, accountId, lockedKey }) => {
  const styles = useStyles();
  const task = useDataverseTask(retryTuning);
  const { run } = task;
  const [numbers, setNumbers] = React.useState<SavedNumber[] | undefined>(undefined);
  const lastAction = React.useRef<(() => void) | undefined>(undefined);
  const headingId = useId("whatsapp-numbers-heading-");
  const reasonId = useId("whatsapp-numbers-reason-");
  const busy = task.state.busyKey !== undefined;

  const load = React.useCallback(async () => {
    lastAction.current = () => void load();
    const loaded = await run("whatsAppWizard.task.loadingNumbers", (retry) => listNumbers(client, accountId, retry));
    if (loaded) setNumbers(loaded);
  }, [run, client, accountId]);

  React.useEffect(() => {
    void load();
  }, [load]);

  const add = async (input: NumberInput): Promise<boolean> => {
    lastAction.current = () => void add(input);
    const saved = await run("whatsAppWizard.task.savingNumbers", (retry) => saveNumbers(client, accountId, [input], retry));
    if (saved) setNumbers((list) => [...(list ?? []), ...saved]);
    return saved !== undefined;
  };

  const remove = async (gone: SavedNumber) => {
    lastAction.current = () => void remove(gone);
    const done = await run("whatsAppWizard.task.removingNumber", async (retry) => {
      await deleteNumber(client, gone.id, retry);
      return true;
    });
    if (done) setNumbers((list) => list?.filter((number) => number.id !== gone.id));
  };

  return (
    <section aria-labelledby={headingId} aria-busy={busy} className={styles.root}>
      <h3 id={headingId} className={styles.heading}>
        {strings("whatsAppWizard.step.numbers.title")}
      </h3>
      {lockedKey && numbers && (
        <MessageBar intent="warning" id={reasonId}>
          <MessageBarBody>{strings(lockedKey)}</MessageBarBody>
        </MessageBar>
      )}
      {numbers && (
        <NumbersEditor
          numbers={numbers}
          strings={strings}
          formatInteger={formatInteger}
          disabled={busy || lockedKey !== undefined}
          describedBy={lockedKey ? reasonId : undefined}
          onSave={add}
          onRemove={(index) => remove(numbers[index])}
        />
      )}
      <TaskStatus state={task.state} strings={strings} formatInteger={formatInteger} onCancel={task.cancel} onTryAgain={() => lastAction.current?.()} />
      {!numbers && !busy && !task.state.error && <Button onClick={load}>{strings("whatsAppWizard.button.checkAgain")}</Button>}
    </section>
  );
};
