import * as React from "react";
import { Badge, Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { WHATSAPP_STATE_CHOICES } from "../../plugins-shim/schema/whatsappAccount";
import { AccountSummary, loadAccount, rotateAuthToken, setAccountState } from "./accountService";
import { FieldErrors, hasErrors, validateAuthToken } from "./accountValidation";
import { CopyField } from "./CopyField";
import { diagnosticText } from "./diagnosticText";
import { SecretInput } from "./SecretInput";
import { SetupServices } from "./services";
import { useStyles } from "./styles";
import { TaskStatus } from "./TaskStatus";
import { useDataverseTask } from "./useDataverseTask";

export interface ExistingAccountPanelProps extends SetupServices {
  recordId: string;
  canWrite: boolean;
}

const ACTIVE = WHATSAPP_STATE_CHOICES[0].value;
const INACTIVE = WHATSAPP_STATE_CHOICES[1].value;

/** An account that exists: status, owner, inbound URL, activate / deactivate, rotate the token. */
export const ExistingAccountPanel: React.FC<ExistingAccountPanelProps> = (props) => {
  const { client, strings, formatInteger, copy, retryTuning, recordId, canWrite } = props;
  const styles = useStyles();
  const task = useDataverseTask(retryTuning);
  const [account, setAccount] = React.useState<AccountSummary | undefined>(undefined);
  const [rotating, setRotating] = React.useState(false);
  // The new token lives here only until it is saved.
  const [newToken, setNewToken] = React.useState("");
  const [tokenErrors, setTokenErrors] = React.useState<FieldErrors>({});
  const [notice, setNotice] = React.useState<string | undefined>(undefined);
  const busy = task.state.busyKey !== undefined;
  const { run } = task;

  const load = React.useCallback(async () => {
    const loaded = await run("whatsAppWizard.existing.loading", (retry) => loadAccount(client, recordId, retry));
    if (loaded) setAccount(loaded);
  }, [run, client, recordId]);

  React.useEffect(() => {
    void load();
  }, [load]);

  const changeState = async (stateCode: number) => {
    setNotice(undefined);
    const done = await run("whatsAppWizard.task.working", async (retry) => {
      await setAccountState(client, recordId, stateCode, retry);
      return true;
    });
    if (!done || !account) return;
    setAccount({ ...account, stateCode });
    setNotice(strings(stateCode === ACTIVE ? "whatsAppWizard.existing.activated" : "whatsAppWizard.existing.deactivated"));
  };

  const saveToken = async () => {
    setNotice(undefined);
    const found = validateAuthToken(newToken);
    setTokenErrors(found);
    if (hasErrors(found)) return;
    const done = await run("whatsAppWizard.task.working", async (retry) => {
      await rotateAuthToken(client, recordId, newToken, retry);
      return true;
    });
    if (!done) return;
    setNewToken("");
    setRotating(false);
    setNotice(strings("whatsAppWizard.rotate.saved"));
  };

  const state = account ? WHATSAPP_STATE_CHOICES.find((choice) => choice.value === account.stateCode) : undefined;
  const reasonId = "whatsapp-account-write-reason";
  const writeBlocked = !canWrite || busy || !account;
  return (
    <section className={styles.root} aria-label={strings("whatsAppWizard.region.label")} aria-busy={busy}>
      {!canWrite && (
        <MessageBar intent="warning" id={reasonId}>
          <MessageBarBody>{strings("whatsAppWizard.privilege.write")}</MessageBarBody>
        </MessageBar>
      )}
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
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
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
            disabled={busy}
            strings={strings}
          />
        </>
      )}
      <TaskStatus state={task.state} strings={strings} formatInteger={formatInteger} onCancel={task.cancel} />
      <div className={styles.actions}>
        {!account && !busy && <Button onClick={load}>{strings("whatsAppWizard.button.checkAgain")}</Button>}
        {account && (
          <Button
            disabled={writeBlocked}
            aria-describedby={canWrite ? undefined : reasonId}
            onClick={() => changeState(account.stateCode === ACTIVE ? INACTIVE : ACTIVE)}
          >
            {strings(account.stateCode === ACTIVE ? "whatsAppWizard.existing.deactivate" : "whatsAppWizard.existing.activate")}
          </Button>
        )}
        {account && !rotating && (
          <Button disabled={writeBlocked} aria-describedby={canWrite ? undefined : reasonId} onClick={() => setRotating(true)}>
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
