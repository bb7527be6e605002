import * as React from "react";
import { Button, Field, Input, Select, Switch, Text } from "@fluentui/react-components";
import { logEvent } from "./hostEvents";
import { BackendStatus, backendStatus, FAULTS, wizardClient, wizardProvisioning } from "./wizardBackend";

/** An error text of the kind the platform writes to msdyn_errormessage (made up: no sample is published). */
const DEFAULT_FAILURE = "Twilio rejected the credentials (HTTP 401). Check the Account SID and Auth token.";

export interface WizardPanelProps {
  recordId: string | undefined;
  createdIds: readonly string[];
  onRecordChange: (id: string | undefined) => void;
}

const STATUS_POLL_MS = 300;

/** Fault buttons for the wizard's next request, and what the in-memory organization holds. */
export const WizardPanel: React.FC<WizardPanelProps> = ({ recordId, createdIds, onRecordChange }) => {
  const [status, setStatus] = React.useState<BackendStatus>({ accounts: 0, numbers: 0, requests: 0, pendingFaults: 0 });
  const [failing, setFailing] = React.useState(false);
  const [failure, setFailure] = React.useState(DEFAULT_FAILURE);
  const setProvisioningFailure = (on: boolean, message: string) => {
    setFailing(on);
    setFailure(message);
    wizardProvisioning.failWith = on ? message : undefined;
  };
  React.useEffect(() => {
    let live = true;
    const refresh = () => void backendStatus().then((next) => live && setStatus(next));
    refresh();
    const timer = setInterval(refresh, STATUS_POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  return (
    <>
      <Text as="p">Inject a fault into the next request:</Text>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 8 }}>
        {FAULTS.map(({ id, label, fault }) => (
          <Button
            key={id}
            size="small"
            data-fault={id}
            onClick={() => {
              wizardClient.inject(fault);
              logEvent(`Wizard: fault queued: ${label}`);
            }}
          >
            {label}
          </Button>
        ))}
      </div>
      <Text as="p" data-testid="wizard-backend-status">
        Accounts: <span data-testid="account-count">{status.accounts}</span> · numbers:{" "}
        <span data-testid="number-count">{status.numbers}</span> · requests: <span data-testid="request-count">{status.requests}</span> ·
        faults pending: <span data-testid="pending-faults">{status.pendingFaults}</span>
      </Text>
      <Switch
        data-testid="provisioning-fails"
        label="Provisioning of the next account fails"
        checked={failing}
        onChange={(_e, data) => setProvisioningFailure(data.checked, failure)}
      />
      <Field label="Provisioning error message">
        <Input value={failure} disabled={!failing} onChange={(_e, data) => setProvisioningFailure(failing, data.value)} />
      </Field>
      <Field label="Form record">
        <Select value={recordId ?? ""} onChange={(_e, data) => onRecordChange(data.value === "" ? undefined : data.value)}>
          <option value="">New record (wizard)</option>
          {createdIds.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
};
