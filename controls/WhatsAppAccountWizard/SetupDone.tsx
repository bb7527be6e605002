import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { PROVISIONING_STATUS } from "../../plugins-shim/schema/provisioningStateStatus";
import { CopyField } from "./CopyField";
import { SetupProgress } from "./setupProgress";
import { Strings } from "./strings";

export interface SetupDoneProps extends SetupProgress {
  name: string;
  recovered: boolean;
  /** The bounded wait ended before the setup settled. */
  urlMissing: boolean;
  strings: Strings;
  copy(text: string): Promise<boolean>;
}

/** What the Twilio side still needs, from Microsoft's pages (docs/whatsapp-wizard.md, "Still to do in Twilio"). */
const TWILIO_CHECKLIST = ["whatsAppWizard.done.instruction", "whatsAppWizard.twilio.basicAuth", "whatsAppWizard.twilio.templates"] as const;

/**
 * The provisioning status reasons a new account goes through, in value order from Draft
 * (192350001): each names its resx label `provisioningState.<name>`.
 */
const STATUS_NAMES = ["draft", "processing", "running"];

/** The last step: saved, the provisioning state as it changes (the error text when it fails), the inbound URL, and Twilio's part. */
export const SetupDone: React.FC<SetupDoneProps> = ({ name, recovered, inboundUrl, status, errorMessage, urlMissing, strings, copy }) => {
  const statusName = STATUS_NAMES[status! - PROVISIONING_STATUS.draft];
  const failed = status === PROVISIONING_STATUS.error;
  return (
    <>
      <MessageBar intent="success">
        <MessageBarBody>
          {strings("whatsAppWizard.done.created", { name })}
          {recovered && <> {strings("whatsAppWizard.done.recovered")}</>}
        </MessageBarBody>
      </MessageBar>
      {/* A live region of its own: the state is announced as it changes. */}
      <div role="status">
        {statusName && <p>{strings("whatsAppWizard.provisioning.label", { status: strings(`provisioningState.${statusName}`) })}</p>}
        {failed && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              {strings("whatsAppWizard.provisioning.failed", { detail: errorMessage ?? strings("whatsAppWizard.existing.notAvailable") })}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {inboundUrl && <CopyField label={strings("whatsAppWizard.done.urlLabel")} value={inboundUrl} strings={strings} copy={copy} />}
      {urlMissing && <p>{strings("whatsAppWizard.done.urlMissing")}</p>}
      <h3>{strings("whatsAppWizard.twilio.title")}</h3>
      <ul>
        {TWILIO_CHECKLIST.map((key) => (
          <li key={key}>{strings(key)}</li>
        ))}
      </ul>
    </>
  );
};
