import * as React from "react";
import { Badge, Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, useId } from "@fluentui/react-components";
import { CancelledError } from "../../plugins-shim/client";
import { WHATSAPP_STATE_CHOICES } from "../../plugins-shim/schema/whatsappAccount";
import { AccountSummary, loadAccount, rotateAuthToken, setAccountState } from "./accountService";
import { FieldErrors, hasErrors, normalizeName, validateAuthToken, validateName } from "./accountValidation";
import { CopyField } from "./CopyField";
import { diagnosticText } from "./diagnosticText";
import { deleteNumber, listNumbers, NumberInput, SavedNumber, saveNumbers } from "./numberService";
import { NumbersEditor } from "./NumbersEditor";
import { SecretInput } from "./SecretInput";
import { SetupServices } from "./services";
import { useStyles } from "./styles";
import { TaskStatus } from "./TaskStatus";
import { useDataverseTask } from "./useDataverseTask";
import { useRenameCheck } from "./useRenameCheck";

export interface ExistingAccountPanelProps extends SetupServices {
  recordId: string;
  canWrite: boolean;
  /** Create and Delete on WhatsApp numbers (with canWrite: the lifecycle actions' check). */
  canManageNumbers: boolean;
  /** The form is read-only: nothing here can be changed. */
  disabled: boolean;
  /** The bound Name as the form holds it (it may carry an unsaved edit). */
  accountName: string;
  /** A valid new name for the form to save (the control's output). */
  onNameChange(name: string): void;
}

const ACTIVE = WHATSAPP_STATE_CHOICES[0].value;
const INACTIVE = WHATSAPP_STATE_CHOICES[1].value;

/**
 * An account that exists: its name (edited like any field: the form saves it), status, owner,
 * inbound URL, activate / deactivate, rotate the token, and its WhatsApp numbers, added and
 * removed at once through the Web API with the wizard's checks (an add first looks for the number
 * on the account, so Try again after a lost answer adopts it; a delete whose answer was lost
 * counts as done).
 *
 * Status changes and rotation go through the Web API behind the form. A code component has no
 * documented way to refresh its host form (the PCF context offers no form refresh; Xrm is
 * unsupported inside a component), only navigation: `context.navigation.openForm` on the same
 * record. So after such a change the panel says the form is stale and offers to reload it,
 * asking first in the host's confirm dialog, since reloading drops the form's unsaved edits.
 */
export const ExistingAccountPanel: React.FC<ExistingAccountPanelProps> = (props) => {
  const { client, strings, formatInteger, copy, retryTuning, recordId, canWrite, disabled, accountName, onNameChange } = props;
  const { openRecord, confirmReload, canManageNumbers } = props;
  const styles = useStyles();
  const task = useDataverseTask(retryTuning);
  const [account, setAccount] = React.useState<AccountSummary | undefined>(undefined);
  const [numbers, setNumbers] = React.useState<SavedNumber[] | undefined>(undefined);
  const [rotating, setRotating] = React.useState(false);
  // The new token lives here only until it is saved.
  const [newToken, setNewToken] = React.useState("");
  const [tokenErrors, setTokenErrors] = React.useState<FieldErrors>({});
  const [notice, setNotice] = React.useState<string | undefined>(undefined);
  // The form above still shows the state from before a change made here.
  const [stale, setStale] = React.useState(false);
  const [name, setName] = React.useState(accountName);
  const [nameErrors, setNameErrors] = React.useState<FieldErrors>({});
  const lastAction = React.useRef<(() => void) | undefined>(undefined);
  const busy = task.state.busyKey !== undefined;
  const { run } = task;
  const reasonId = useId("whatsapp-account-reason-");
  const tokenInput = React.useRef<HTMLInputElement>(null);
  const rotateButton = React.useRef<HTMLButtonElement>(null);
  const rotatingShown = React.useRef(rotating);

  // Rotate replaces its button with the new-token field, and Save / Cancel replace the field with
  // the button again: move focus along, or it falls to <body> with the element that held it.
  React.useEffect(() => {
    if (rotatingShown.current === rotating) return;
    rotatingShown.current = rotating;
    (rotating ? tokenInput.current : rotateButton.current)?.focus();
  }, [rotating]);

  const [nameTaken, setNameTaken] = React.useState(false);
  const checkRename = useRenameCheck(client, recordId, retryTuning);
  /** The name as Dataverse holds it: what the form goes back to when a rename clashes. */
  const savedName = React.useRef(accountName);
  /** The last name this control handed the form. */
  const sentName = React.useRef<string | undefined>(undefined);

  // The form changed the name (load, save, another control): show what it holds. The echo of a
  // name this control sent (a rename, or the saved name put back after a clash) is no change.
  React.useEffect(() => {
    if (sentName.current !== undefined && normalizeName(sentName.current) === normalizeName(accountName)) return;
    setName((shown) => (normalizeName(shown) === normalizeName(accountName) ? shown : accountName));
  }, [accountName]);

  const sendName = (value: string) => {
    sentName.current = value;
    onNameChange(value);
  };

  /**
   * A valid rename goes to the form at once; a name another account uses (the create's rule,
   * useRenameCheck) is explained and the form gets the saved name back, so its Save can't store
   * the clash. What was typed stays in the field.
   */
  const editName = (value: string) => {
    setName(value);
    setNameTaken(false);
    const found = validateName(value);
    setNameErrors(found);
    if (hasErrors(found)) return;
    const renamed = normalizeName(value);
    sendName(renamed);
    void checkRename(renamed).then((taken) => {
      if (!taken) return;
      setNameTaken(true);
      sendName(savedName.current);
    });
  };

  const reloadForm = async () => {
    if (await confirmReload()) openRecord(recordId);
  };

  const load = React.useCallback(async () => {
    lastAction.current = () => void load();
    const loaded = await run(
      "whatsAppWizard.existing.loading",
      async (retry) => [await loadAccount(client, recordId, retry), await listNumbers(client, recordId, retry)] as const,
    );
    if (!loaded) return;
    setAccount(loaded[0]);
    setNumbers(loaded[1]);
    if (loaded[0].name) savedName.current = loaded[0].name;
  }, [run, client, recordId]);

  React.useEffect(() => {
    void load();
  }, [load]);

  /**
   * Runs one retried write. Cancel stops the next attempt; when an earlier attempt failed without
   * an answer it may have been applied (retry.ts's CancelledError(mayHaveBeenApplied)), and the
   * result is "unconfirmed" instead of a claim that nothing happened.
   */
  const write = (work: Parameters<typeof run>[1]) =>
    run("whatsAppWizard.task.working", async (retry, signal) => {
      try {
        await work(retry, signal);
        return "done" as const;
      } catch (reason) {
        if (reason instanceof CancelledError && reason.mayHaveBeenApplied) return "unconfirmed" as const;
        throw reason;
      }
    });

  const showChanged = (loaded: AccountSummary, stateCode: number) => {
    setAccount({ ...loaded, stateCode });
    setStale(true);
    setNotice(strings(stateCode === ACTIVE ? "whatsAppWizard.existing.activated" : "whatsAppWizard.existing.deactivated"));
  };

  const changeState = async (stateCode: number) => {
    setNotice(undefined);
    lastAction.current = () => void changeState(stateCode);
    const outcome = await write((retry) => setAccountState(client, recordId, stateCode, retry));
    if (!outcome || !account) return;
    if (outcome === "done") return showChanged(account, stateCode);
    // Stopped after an unanswered attempt: read the status again and show what Dataverse holds.
    // A cancel of this read still leaves the change unconfirmed: say it may have been applied.
    const loaded = await run("whatsAppWizard.existing.loading", async (retry) => {
      try {
        return await loadAccount(client, recordId, retry);
      } catch (reason) {
        if (reason instanceof CancelledError) return "stopped" as const;
        throw reason;
      }
    });
    if (!loaded) return;
    if (loaded === "stopped") return task.showStopped(true);
    if (loaded.stateCode === stateCode) return showChanged(loaded, stateCode);
    setAccount(loaded);
    task.showStopped(false);
  };

  const saveToken = async () => {
    setNotice(undefined);
    const found = validateAuthToken(newToken);
    setTokenErrors(found);
    if (hasErrors(found)) return;
    lastAction.current = () => void saveToken();
    const outcome = await write((retry) => rotateAuthToken(client, recordId, newToken, retry));
    // The token is never read back (secured, and not shown again): say it may be saved, and keep
    // it, so Save sends the same token again.
    if (outcome === "unconfirmed") return task.showStopped(true);
    if (!outcome) return;
    setNewToken("");
    setRotating(false);
    setStale(true);
    setNotice(strings("whatsAppWizard.rotate.saved"));
  };

  const addNumber = async (input: NumberInput): Promise<boolean> => {
    lastAction.current = () => void addNumber(input);
    const saved = await run("whatsAppWizard.task.savingNumbers", (retry) => saveNumbers(client, recordId, [input], retry));
    if (saved) setNumbers((list) => [...(list ?? []), ...saved]);
    return saved !== undefined;
  };

  const removeNumber = async (gone: SavedNumber) => {
    lastAction.current = () => void removeNumber(gone);
    const outcome = await write((retry) => deleteNumber(client, gone.id, retry));
    if (outcome === "done") setNumbers((list) => list?.filter((number) => number.id !== gone.id));
    else if (outcome) task.showStopped(true);
  };

  const state = account ? WHATSAPP_STATE_CHOICES.find((choice) => choice.value === account.stateCode) : undefined;
  const locked = disabled || !canWrite;
  const writeBlocked = locked || busy || !account;
  const describedBy = locked ? reasonId : undefined;
  return (
    <section className={styles.root} aria-label={strings("whatsAppWizard.region.label")} aria-busy={busy}>
      {locked && (
        <MessageBar intent="warning" id={reasonId}>
          <MessageBarBody>{strings(disabled ? "whatsAppWizard.disabled" : "whatsAppWizard.privilege.write")}</MessageBarBody>
        </MessageBar>
      )}
      <Field
        label={strings("whatsAppWizard.name.label")}
        required
        hint={strings("whatsAppWizard.existing.nameHint")}
        validationMessage={
          nameErrors.name
            ? diagnosticText(strings, formatInteger, nameErrors.name)
            : nameTaken
              ? strings("whatsAppWizard.duplicate.name")
              : undefined
        }
        validationState={nameErrors.name || nameTaken ? "error" : "none"}
      >
        <Input value={name} disabled={disabled} onChange={(_event, data) => editName(data.value)} />
      </Field>
      {account && (
        <dl className={styles.summary}>
          <dt className={styles.term}>{strings("whatsAppWizard.existing.status")}</dt>
          <dd className={styles.definition}>
            <Badge appearance="tint" color={account.stateCode === ACTIVE ? "success" : "informative"}>
              {state ? strings(state.labelKey) : formatInteger(account.stateCode)}
            </Badge>
          </dd>
          <dt className={styles.term}>{strings("whatsAppWizard.existing.owner")}</dt>
          <dd className={styles.definition}>{account.ownerName ?? strings("whatsAppWizard.existing.notAvailable")}</dd>
          <dt className={styles.term}>{strings("whatsAppWizard.accountSid.label")}</dt>
          <dd className={styles.definition}>{account.accountSid || strings("whatsAppWizard.existing.notAvailable")}</dd>
        </dl>
      )}
      {account?.inboundUrl && (
        <CopyField label={strings("whatsAppWizard.done.urlLabel")} value={account.inboundUrl} strings={strings} copy={copy} />
      )}
      {/* Always rendered, so a screen reader announces the notice when it appears. */}
      <div role="status">
        {notice && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {notice}
              {stale && <> {strings("whatsAppWizard.stale.notice")}</>}
            </MessageBarBody>
            {stale && (
              <MessageBarActions>
                <Button onClick={reloadForm}>{strings("whatsAppWizard.button.reloadForm")}</Button>
              </MessageBarActions>
            )}
          </MessageBar>
        )}
      </div>
      {rotating && (
        <>
          <p>{strings("whatsAppWizard.rotate.intro")}</p>
          <SecretInput
            label={strings("whatsAppWizard.rotate.label")}
            value={newToken}
            onChange={(value) => {
              setNewToken(value);
              setTokenErrors({});
            }}
            error={tokenErrors.authToken && diagnosticText(strings, formatInteger, tokenErrors.authToken)}
            disabled={busy || locked}
            strings={strings}
            inputRef={tokenInput}
          />
        </>
      )}
      {/* Shown before the numbers load, disabled: where Dynamics 365 can't be reached (the
          harness) the step is there and the status below says why nothing can be done. */}
      <h3 className={styles.heading}>{strings("whatsAppWizard.step.numbers.title")}</h3>
      {!locked && !canManageNumbers && <p>{strings("whatsAppWizard.privilege.numbers")}</p>}
      <NumbersEditor
        numbers={numbers ?? []}
        strings={strings}
        formatInteger={formatInteger}
        disabled={writeBlocked || !canManageNumbers}
        onSave={addNumber}
        onRemove={(index) => removeNumber(numbers![index])}
      />
      <TaskStatus
        state={task.state}
        strings={strings}
        formatInteger={formatInteger}
        onCancel={task.cancel}
        onTryAgain={() => lastAction.current?.()}
      />
      <div className={styles.actions}>
        {!account && !busy && !task.state.error && <Button onClick={load}>{strings("whatsAppWizard.button.checkAgain")}</Button>}
        {account && (
          <Button
            disabled={writeBlocked}
            aria-describedby={describedBy}
            onClick={() => changeState(account.stateCode === ACTIVE ? INACTIVE : ACTIVE)}
          >
            {strings(account.stateCode === ACTIVE ? "whatsAppWizard.existing.deactivate" : "whatsAppWizard.existing.activate")}
          </Button>
        )}
        {account && !rotating && (
          <Button ref={rotateButton} disabled={writeBlocked} aria-describedby={describedBy} onClick={() => setRotating(true)}>
            {strings("whatsAppWizard.rotate.button")}
          </Button>
        )}
        {rotating && (
          <>
            <Button appearance="primary" disabled={writeBlocked} onClick={saveToken}>
              {strings("whatsAppWizard.rotate.save")}
            </Button>
            <Button
              disabled={busy}
              onClick={() => {
                setRotating(false);
                setNewToken("");
                setTokenErrors({});
              }}
            >
              {strings("whatsAppWizard.button.cancel")}
            </Button>
          </>
        )}
      </div>
    </section>
  );
};
