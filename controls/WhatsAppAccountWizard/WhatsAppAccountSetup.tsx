import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { ExistingAccountPanel } from "./ExistingAccountPanel";
import { NewAccountWizard } from "./NewAccountWizard";
import { SetupServices } from "./services";

export type RecordMode = { kind: "new" } | { kind: "existing"; recordId: string };

export interface WhatsAppAccountSetupProps extends SetupServices {
  mode: RecordMode;
  isOffline: boolean;
  privileges: { create: boolean; write: boolean };
}

/** The pure view: wizard on a new record, status and actions on an existing one. */
export const WhatsAppAccountSetup: React.FC<WhatsAppAccountSetupProps> = ({ mode, isOffline, privileges, ...services }) => {
  if (isOffline) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{services.strings("whatsAppWizard.offline")}</MessageBarBody>
      </MessageBar>
    );
  }
  return mode.kind === "new" ? (
    <NewAccountWizard {...services} canCreate={privileges.create} />
  ) : (
    <ExistingAccountPanel {...services} recordId={mode.recordId} canWrite={privileges.write} />
  );
};
