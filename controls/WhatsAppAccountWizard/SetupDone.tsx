import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { PROVISIONING_STATUS } from "../../plugins-shim/schema/provisioningStateStatus";
import { CopyField } from "./CopyField";
import { SetupProgress } from "./setupProgress";
import { Strings } from "./strings";

export interface SetupDoneProps extends SetupProgress {
  name: string;
  recovered: boolean;
  numbers?: number;
  /** The bounded wait ended before the setup settled. */
  urlMissing: boolean;
  strings: Strings;
  formatInteger(value: number): string;
  copy(text: string): Promise<boolean>;
}

/** What the Twilio side still needs, from Microsoft's pages (docs/whatsapp-wizard.md, "Still to do in Twilio"). */
const TWILIO_CHECKLIST = ["whatsAppWizard.done.instruction", "whatsAppWizard.twilio.basicAuth", "whatsAppWizard.twilio.templates"] as const;

/** The last step: saved, the provisioning state as it changes (the error text when it fails), the inbound URL, and Twilio's part. */
export const SetupDone: React.FC<SetupDoneProps> = ({ name, recovered, numbers, inboundUrl, status, errorMessage, urlMissing, strings, formatInteger, copy }) => {
  const statusName = (Object.keys(PROVISIONING_STATUS) as (keyof typeof PROVISIONING_STATUS)[]).find((key) => PROVISIONING_STATUS[key] === status);
  const failed = status === PROVISIONING_STATUS.error;
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          {strings("whatsAppWizard.done.created", { name })}
          {recovered && <> {strings("whatsAppWizard.done.recovered")}</>}
          {numbers !== undefined && <> {strings("whatsAppWizard.done.numbers", { count: formatInteger(numbers) })}</>}
        </MessageBarBody>
      </MessageBar>
      {/* A live region of its own: the state is announced as it changes. */}
      <div role="status">
        {statusName && !failed && <p>{strings("whatsAppWizard.provisioning.label", { status: strings(`provisioningState.${statusName}`) })}</p>}
        {failed && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{strings("whatsAppWizard.provisioning.failed")}</MessageBarTitle>
              {errorMessage ?? strings("whatsAppWizard.existing.notAvailable")}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {inboundUrl && <CopyField label={strings("whatsAppWizard.done.urlLabel")} value={inboundUrl} strings={strings} copy={copy} />}
      {urlMissing && <p>{strings(inboundUrl ? "whatsAppWizard.provisioning.pending" : "whatsAppWizard.done.urlMissing")}</p>}
      <h3>{strings("whatsAppWizard.twilio.title")}</h3>
      <ul>
        {TWILIO_CHECKLIST.map((key) => (
          <li key={key}>{strings(key)}</li>
        ))}
      </ul>
    </>
  );
};
