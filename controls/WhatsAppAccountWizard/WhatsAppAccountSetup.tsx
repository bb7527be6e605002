import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { ExistingAccountPanel } from "./ExistingAccountPanel";
import { NewAccountWizard } from "./NewAccountWizard";
import { SetupServices } from "./services";

export type RecordMode = { kind: "new" } | { kind: "existing"; recordId: string };

export interface WhatsAppAccountSetupProps extends SetupServices {
  mode: RecordMode;
  isOffline: boolean;
  /** `numbers`: Create and Delete on WhatsApp numbers (absent: as `write`). */
  privileges: { create: boolean; write: boolean; numbers?: boolean };
  /** `context.mode.isControlDisabled`: a read-only form, or a field the admin may not change. */
  disabled: boolean;
  /** The bound Name (msdyn_name) as the form holds it. */
  accountName: string;
  /** The admin renamed an existing account: the form saves it (through getOutputs). */
  onNameChange(name: string): void;
}

/** The pure view: wizard on a new record, status and actions on an existing one. */
export const WhatsAppAccountSetup: React.FC<WhatsAppAccountSetupProps> = ({
  mode,
  isOffline,
  privileges,
  disabled,
  accountName,
  onNameChange,
  ...services
}) => {
  if (isOffline) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{services.strings("whatsAppWizard.offline")}</MessageBarBody>
      </MessageBar>
    );
  }
  return mode.kind === "new" ? (
    <NewAccountWizard {...services} canCreate={privileges.create} disabled={disabled} />
  ) : (
    <ExistingAccountPanel
      {...services}
      recordId={mode.recordId}
      canWrite={privileges.write}
      canManageNumbers={privileges.numbers ?? privileges.write}
      disabled={disabled}
      accountName={accountName}
      onNameChange={onNameChange}
    />
  );
};
