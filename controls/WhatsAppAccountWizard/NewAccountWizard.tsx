import * as React from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, useId } from "@fluentui/react-components";
import {
  AccountInput,
  FieldErrors,
  hasErrors,
  normalizeName,
  validateCredentials,
  validateForCreate,
  validateName,
} from "./accountValidation";
import { CancelledError, RetryOptions } from "../../plugins-shim/client";
import { Conflict, createAccountOnce, findConflicts, findOwnEarlierCreate } from "./accountService";
import { NumberInput, saveNumbers } from "./numberService";
import { NumbersEditor } from "./NumbersEditor";
import { SetupDone } from "./SetupDone";
import { SetupProgress, watchSetup } from "./setupProgress";
import { diagnosticText } from "./diagnosticText";
import { SecretInput } from "./SecretInput";
import { SetupServices } from "./services";
import { StepList } from "./StepList";
import { useStyles } from "./styles";
import { TaskStatus } from "./TaskStatus";
import { useDataverseTask } from "./useDataverseTask";

/** The admin center's order: channel details → account details → WhatsApp numbers → (review) → callback information. */
const STEP_TITLES = [
  "whatsAppWizard.step.name.title",
  "whatsAppWizard.step.credentials.title",
  "whatsAppWizard.step.numbers.title",
  "whatsAppWizard.step.review.title",
  "whatsAppWizard.step.done.title",
] as const;
const NUMBERS = 2;
const REVIEW = 3;
const DONE = 4;
const STEP_OF_FIELD: Readonly<Record<keyof AccountInput, number>> = { name: 0, accountSid: 1, authToken: 1 };
const CONFLICT_KEY: Readonly<Record<Conflict, string>> = {
  name: "whatsAppWizard.duplicate.name",
  accountSid: "whatsAppWizard.duplicate.accountSid",
};

interface Created extends SetupProgress {
  id: string;
  name: string;
  recovered: boolean;
  /** Polling finished before the setup settled (no URL yet, or provisioning still running). */
  urlMissing: boolean;
}

export interface NewAccountWizardProps extends SetupServices {
  canCreate: boolean;
  /** The form is read-only: nothing here can be typed or sent. */
  disabled: boolean;
}

const EMPTY: AccountInput = { name: "", accountSid: "", authToken: "" };

export const NewAccountWizard: React.FC<NewAccountWizardProps> = (props) => {
  const { client, strings, formatInteger, copy, openRecord, retryTuning, poll, canCreate, disabled } = props;
  const styles = useStyles();
  const task = useDataverseTask(retryTuning);
  const [step, setStep] = React.useState(0);
  // The auth token lives here only until the account is saved; it is never logged or stored.
  const [input, setInput] = React.useState<AccountInput>(EMPTY);
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [conflicts, setConflicts] = React.useState<Conflict[]>([]);
  const [created, setCreated] = React.useState<Created | undefined>(undefined);
  // The numbers exist only here until the account is saved; then they are created on it.
  const [numbers, setNumbers] = React.useState<NumberInput[]>([]);
  const [numbersMissing, setNumbersMissing] = React.useState(false);
  // What a create that failed or was cancelled without an answer sent: it may have reached the
  // server. Every later check looks for that account first and adopts it, so the admin's own
  // account is never reported as "already used" (issue 20 item 3).
  const unanswered = React.useRef<AccountInput | undefined>(undefined);
  const heading = React.useRef<HTMLHeadingElement>(null);
  const shownStep = React.useRef(step);
  const busy = task.state.busyKey !== undefined;
  // Read-only form, or no Create privilege: stop before any secret is typed.
  const locked = disabled || !canCreate;
  // Unique per instance: the control may sit on a form twice.
  const headingId = useId("whatsapp-wizard-step-heading-");
  const reasonId = useId("whatsapp-wizard-reason-");
  /** What Try again repeats: the last action that went to Dataverse. */
  const lastAction = React.useRef<(() => void) | undefined>(undefined);

  React.useEffect(() => {
    // Move focus to the new step's heading, but never steal it when the form first loads.
    if (shownStep.current !== step) heading.current?.focus();
    shownStep.current = step;
  }, [step]);

  const edit = (field: keyof AccountInput) => (value: string) => {
    setInput((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
    setConflicts((previous) => previous.filter((conflict) => conflict !== field));
  };

  const fieldMessage = (field: keyof AccountInput): string | undefined => {
    const found = errors[field];
    if (found) return diagnosticText(strings, formatInteger, found);
    const conflict = conflicts.find((candidate) => candidate === field);
    return conflict ? strings(CONFLICT_KEY[conflict]) : undefined;
  };

  const showProblems = (found: FieldErrors, clashes: Conflict[] = []) => {
    setErrors(found);
    setConflicts(clashes);
    const fields = [...(Object.keys(found) as (keyof AccountInput)[]), ...clashes];
    if (fields.length) setStep(Math.min(...fields.map((field) => STEP_OF_FIELD[field])));
  };

  /** The account an unanswered create made, if it is there (undefined when none was unanswered). */
  const findUnanswered = async (retry: RetryOptions): Promise<string | undefined> =>
    unanswered.current ? findOwnEarlierCreate(client, unanswered.current, retry) : undefined;

  /**
   * Shows the inbound URL and the provisioning state as they change, until they settle or the
   * bound ends (then Check again). Every update is made from inside the work, and none once it is
   * aborted: Cancel, or the control going away.
   */
  const readInboundUrl = async (account: Created) => {
    lastAction.current = () => void readInboundUrl(account);
    await task.run("whatsAppWizard.task.waitingUrl", async (retry, signal) => {
      let shown = account;
      const show = (progress: SetupProgress, urlMissing = false) =>
        !signal.aborted && setCreated((shown = { ...shown, ...progress, urlMissing }));
      show({}, !(await watchSetup(client, account.id, retry, { ...poll, sleep: retryTuning.sleep, signal }, show)));
    });
  };

  /**
   * The account exists: create its numbers (each at most once, adopting any an unanswered
   * attempt made), then show the setup. A failure stays on Review with Try again, which saves
   * the numbers again and never the account.
   */
  const saveAllNumbers = async (account: Created) => {
    lastAction.current = () => void saveAllNumbers(account);
    if (!(await task.run("whatsAppWizard.task.savingNumbers", (retry) => saveNumbers(client, account.id, numbers, retry)))) return;
    setStep(DONE);
    await readInboundUrl(account);
  };

  /** The account exists (created now, or found after an unanswered create): save its numbers. */
  const showCreated = async (id: string, recovered: boolean) => {
    const sent = recovered && unanswered.current ? unanswered.current : input;
    unanswered.current = undefined;
    // Saved: forget the token for good.
    setInput((previous) => ({ ...previous, authToken: "" }));
    showProblems({});
    const account: Created = { id, name: normalizeName(sent.name), recovered, urlMissing: false };
    setCreated(account);
    setStep(REVIEW);
    await saveAllNumbers(account);
  };

  /**
   * A create was cancelled after an attempt that may have reached Dataverse: say so and read
   * again (retry.ts's CancelledError(mayHaveBeenApplied)). Found: adopt it. Not found: nothing
   * was saved. Not checked (cancelled again, or failing): say it may be saved; the next check
   * looks for it first.
   */
  const verifyUnanswered = async () => {
    lastAction.current = () => void verifyUnanswered();
    const found = await task.run("whatsAppWizard.task.verifying", async (retry) => {
      try {
        return { id: await findUnanswered(retry) };
      } catch (reason) {
        if (reason instanceof CancelledError) return { stopped: true as const };
        throw reason;
      }
    });
    if (!found) return;
    if ("stopped" in found) return task.showStopped(true);
    if (found.id) return showCreated(found.id, true);
    task.showStopped(false);
  };

  /** Validates a step, asks Dataverse whether the value is taken, then moves on. */
  const advance = async (found: FieldErrors, values: { name?: string; accountSid?: string }) => {
    if (locked) return;
    if (hasErrors(found)) return showProblems(found);
    lastAction.current = () => void advance(found, values);
    const checked = await task.run("whatsAppWizard.task.checking", async (retry) => {
      const earlier = await findUnanswered(retry);
      if (earlier) return { earlier };
      return { clashes: await findConflicts(client, values, retry) };
    });
    if (checked === undefined) return;
    if (checked.earlier !== undefined) return showCreated(checked.earlier, true);
    if (checked.clashes.length) return showProblems({}, checked.clashes);
    showProblems({});
    setStep((current) => current + 1);
  };

  const create = async () => {
    if (locked) return;
    if (created) return saveAllNumbers(created);
    const found = validateForCreate(input);
    if (hasErrors(found)) return showProblems(found);
    lastAction.current = () => void create();
    const sending = { ...input };
    const outcome = await task.run("whatsAppWizard.task.creating", async (retry) => {
      try {
        const earlier = await findUnanswered(retry);
        if (earlier) return { id: earlier, recovered: true };
        const clashes = await findConflicts(client, sending, retry);
        if (clashes.length) return { clashes };
        return await createAccountOnce(client, sending, retry, false, () => {
          unanswered.current = sending;
        });
      } catch (reason) {
        // Cancelled while a create may have reached Dataverse: never "nothing happened".
        if (reason instanceof CancelledError && unanswered.current) return { unconfirmed: reason.mayHaveBeenApplied };
        throw reason;
      }
    });
    if (!outcome) return;
    if ("clashes" in outcome) return showProblems({}, outcome.clashes);
    // This click's attempt may have been applied: read again. An earlier click's: say so.
    if ("unconfirmed" in outcome) return outcome.unconfirmed ? verifyUnanswered() : task.showStopped(true);
    await showCreated(outcome.id, outcome.recovered);
  };

  const nextFromName = () => advance(validateName(input.name), { name: input.name });
  const nextFromNumbers = () => {
    setNumbersMissing(numbers.length === 0);
    if (numbers.length) setStep(REVIEW);
  };
  return (
    <section className={styles.root} aria-labelledby={headingId} aria-busy={busy}>
      <StepList titleKeys={STEP_TITLES} current={step} strings={strings} />
      <h2 id={headingId} ref={heading} tabIndex={-1} className={styles.heading}>
        {strings("whatsAppWizard.steps.progress", { current: formatInteger(step + 1), total: formatInteger(STEP_TITLES.length) })}
        {" · "}
        {strings(STEP_TITLES[step])}
      </h2>
      {locked && step < DONE && (
        <MessageBar intent="warning" id={reasonId}>
          <MessageBarBody>{strings(disabled ? "whatsAppWizard.disabled" : "whatsAppWizard.privilege.create")}</MessageBarBody>
        </MessageBar>
      )}

      {step === 0 && (
        <Field
          label={strings("whatsAppWizard.name.label")}
          required
          hint={strings("whatsAppWizard.name.hint")}
          validationMessage={fieldMessage("name")}
          validationState={fieldMessage("name") ? "error" : "none"}
        >
          <Input
            value={input.name}
            disabled={busy || locked}
            aria-describedby={locked ? reasonId : undefined}
            onChange={(_event, data) => edit("name")(data.value)}
            onKeyDown={(event) => {
              // Enter moves on, as in a one-field form.
              if (event.key === "Enter" && !busy) {
                event.preventDefault();
                void nextFromName();
              }
            }}
          />
        </Field>
      )}

      {step === 1 && (
        <>
          <p>{strings("whatsAppWizard.credentials.intro")}</p>
          <Field
            label={strings("whatsAppWizard.accountSid.label")}
            required
            validationMessage={fieldMessage("accountSid")}
            validationState={fieldMessage("accountSid") ? "error" : "none"}
          >
            <Input
              value={input.accountSid}
              disabled={busy || locked}
              spellCheck={false}
              autoComplete="off"
              onChange={(_event, data) => edit("accountSid")(data.value)}
            />
          </Field>
          <SecretInput
            label={strings("whatsAppWizard.authToken.label")}
            value={input.authToken}
            onChange={edit("authToken")}
            error={fieldMessage("authToken")}
            disabled={busy || locked}
            strings={strings}
          />
        </>
      )}

      {step === NUMBERS && (
        <>
          <p>{strings("whatsAppWizard.numbers.intro")}</p>
          <NumbersEditor
            numbers={numbers}
            strings={strings}
            formatInteger={formatInteger}
            disabled={busy || locked}
            canEdit
            listError={numbersMissing ? strings("whatsAppWizard.numbers.required") : undefined}
            onSave={(number, index) => {
              setNumbersMissing(false);
              setNumbers((list) => (index === undefined ? [...list, number] : list.map((old, at) => (at === index ? number : old))));
            }}
            onRemove={(index) => setNumbers((list) => list.filter((_number, at) => at !== index))}
          />
        </>
      )}

      {step === REVIEW && (
        <>
          <p>{strings("whatsAppWizard.review.intro")}</p>
          <dl className={styles.summary}>
            <dt className={styles.term}>{strings("whatsAppWizard.name.label")}</dt>
            <dd className={styles.definition}>{normalizeName(input.name)}</dd>
            <dt className={styles.term}>{strings("whatsAppWizard.accountSid.label")}</dt>
            <dd className={styles.definition}>{input.accountSid.trim()}</dd>
            <dt className={styles.term}>{strings("whatsAppWizard.authToken.label")}</dt>
            <dd className={styles.definition}>{strings("whatsAppWizard.review.tokenHidden")}</dd>
            <dt className={styles.term}>{strings("whatsAppWizard.step.numbers.title")}</dt>
            <dd className={styles.definition} dir="ltr">
              {numbers.map((number) => `${number.name} ${number.number}`).join(", ")}
            </dd>
          </dl>
          <p>{strings("whatsAppWizard.review.tokenStorage")}</p>
        </>
      )}

      {step === DONE && created && <SetupDone {...created} strings={strings} copy={copy} />}

      <TaskStatus
        state={task.state}
        strings={strings}
        formatInteger={formatInteger}
        onCancel={task.cancel}
        onTryAgain={locked ? undefined : () => lastAction.current?.()}
      />

      <div className={styles.actions}>
        {step > 0 && step < DONE && (
          <Button disabled={busy || (step === REVIEW && created !== undefined)} onClick={() => setStep(step - 1)}>
            {strings("whatsAppWizard.button.back")}
          </Button>
        )}
        {step === 0 && (
          <Button appearance="primary" disabled={busy || locked} aria-describedby={locked ? reasonId : undefined} onClick={nextFromName}>
            {strings("whatsAppWizard.button.next")}
          </Button>
        )}
        {step === 1 && (
          <Button
            appearance="primary"
            disabled={busy || locked}
            onClick={() => advance(validateCredentials(input.accountSid, input.authToken), { accountSid: input.accountSid })}
          >
            {strings("whatsAppWizard.button.next")}
          </Button>
        )}
        {step === NUMBERS && (
          <Button appearance="primary" disabled={busy || locked} onClick={nextFromNumbers}>
            {strings("whatsAppWizard.button.next")}
          </Button>
        )}
        {step === REVIEW && (
          <Button appearance="primary" disabled={busy || locked} aria-describedby={locked ? reasonId : undefined} onClick={create}>
            {strings("whatsAppWizard.button.create")}
          </Button>
        )}
        {step === DONE && created && (
          <>
            {created.urlMissing && (
              <Button disabled={busy} onClick={() => readInboundUrl(created)}>
                {strings("whatsAppWizard.button.checkAgain")}
              </Button>
            )}
            {/* Never disabled: the only work on this step is watching the setup, which may take a
                minute; opening the record ends it with the control. */}
            <Button appearance={created.inboundUrl ? "secondary" : "primary"} onClick={() => openRecord(created.id)}>
              {strings("whatsAppWizard.button.openAccount")}
            </Button>
          </>
        )}
      </div>
    </section>
  );
};
