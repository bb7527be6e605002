import * as React from "react";
import { StringPropertyMock } from "@shko.online/componentframework-mock";
import { WhatsAppAccountWizard } from "../../controls/WhatsAppAccountWizard";
import type { IInputs, IOutputs } from "../../controls/WhatsAppAccountWizard/generated/ManifestTypes";
import { createFieldHost } from "../../simulator/pcfHost/fieldContext";
import { logEvent } from "./hostEvents";
import { HostSettings, THEMES } from "./hostSettings";
import { ACCOUNT_TABLE, wizardClient } from "./wizardBackend";

export interface WizardHostProps {
  settings: HostSettings;
  /** The record the form shows; undefined = a new-record form. */
  recordId: string | undefined;
  /** The control asked the host to open a record (after a create). */
  onOpenRecord: (id: string) => void;
}

let generations = 0;

/**
 * The wizard on a fake WhatsApp account form: the real WhatsAppAccountWizard class in the
 * componentframework-mock host, with context.webAPI answered by the in-memory organization
 * behind the fault injector (both from test/support and plugins-shim).
 */
export const WizardHost: React.FC<WizardHostProps> = ({ settings, recordId, onOpenRecord }) => {
  const openRef = React.useRef(onOpenRecord);
  openRef.current = onOpenRecord;

  const { element, generation } = React.useMemo(() => {
    const host = createFieldHost<IInputs, IOutputs>(
      WhatsAppAccountWizard,
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mock's property map typing does not model every manifest type
      { accountName: StringPropertyMock } as any,
      { lcid: settings.lcid, theme: THEMES[settings.theme], isControlDisabled: settings.disabled },
    );
    const context = host.context;
    context.userSettings.isRTL = settings.rtl || settings.lcid === 1025;
    context.webAPI = wizardClient as unknown as typeof context.webAPI;
    context.utils.hasEntityPrivilege.returns(!settings.readOnly);
    (context.mode as unknown as { contextInfo: object }).contextInfo = { entityTypeName: ACCOUNT_TABLE, entityId: recordId };
    context.navigation.openForm.callsFake(async (options: ComponentFramework.NavigationApi.EntityFormOptions) => {
      logEvent(`Wizard: navigation.openForm → ${options.entityName} ${options.entityId ?? ""}`);
      if (options.entityId) openRef.current(options.entityId);
      return { savedEntityReference: [] };
    });
    // The host's confirm dialog (before reloading the form): the playground confirms and logs it.
    context.navigation.openConfirmDialog.callsFake(async (strings: ComponentFramework.NavigationApi.ConfirmDialogStrings) => {
      logEvent(`Wizard: navigation.openConfirmDialog → ${strings.title ?? ""}`);
      return { confirmed: true };
    });
    // The wizard never reads the bound name: a new record's form starts with it empty.
    context._SetCanvasItems({ accountName: undefined });
    host.ExecuteInit();
    return { element: host.ExecuteUpdateView(), generation: ++generations };
  }, [settings, recordId]);

  // Keyed per host: the mock's wrapper binds its host once, on mount, so a new host must mount
  // anew — otherwise language, theme, locks and the record picker never reach the wizard.
  return <React.Fragment key={generation}>{element}</React.Fragment>;
};
