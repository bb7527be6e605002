import * as React from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createSerialClient, createWebApiClient } from "../../plugins-shim/client";
import { PCF_DEPTH_BASIC } from "../../plugins-shim/ownership/model";
import { guidOrUndefined } from "../../plugins-shim/rules/guid";
import { msdyn_ocwhatsappchannelaccount } from "../../plugins-shim/schema/whatsappAccount";
import { WHATSAPP_NUMBER_TYPED } from "../../plugins-shim/schema/whatsappNumberTyped";
import { IInputs, IOutputs } from "./generated/ManifestTypes";
import { copyText } from "./clipboard";
import { SetupServices } from "./services";
import { createStrings } from "./strings";
import { RecordMode, WhatsAppAccountSetup, WhatsAppAccountSetupProps } from "./WhatsAppAccountSetup";

const TABLE = msdyn_ocwhatsappchannelaccount.logicalName;
const NUMBER_TABLE = WHATSAPP_NUMBER_TYPED.logicalName;
/** PCF's PrivilegeType Create, Write and Delete (plain numbers: PCF_PRIVILEGE lacks Create, and its table would cost the bundle more). */
const PRIVILEGE_CREATE = 1;
const PRIVILEGE_WRITE = 3;
const PRIVILEGE_DELETE = 4;
/**
 * The platform fills the inbound URL and provisions the channel after the save: read both for
 * about a minute (30 reads, 2 s apart), then offer Check again.
 */
const POLL = { attempts: 30, intervalMs: 2000 } as const;

/** `context.mode.contextInfo` exists in model-driven apps but not in the typings: read it here only. */
interface ContextInfo {
  entityId?: string;
  entityTypeName?: string;
}

function recordMode(context: ComponentFramework.Context<IInputs>): RecordMode {
  const info = (context.mode as unknown as { contextInfo?: ContextInfo }).contextInfo;
  const id = info?.entityId;
  const recordId = guidOrUndefined(id);
  return recordId ? { kind: "existing", recordId } : { kind: "new" };
}

/**
 * Thin adapter: turns the PCF context into props for the pure view. On a new record it never
 * changes the bound column (the form stays clean, so the form's Save cannot create a second
 * account); the account is created through the Web API instead. On an existing record the name
 * is an ordinary field: a rename goes back to the form through getOutputs.
 */
export class WhatsAppAccountWizard implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  private services!: SetupServices;
  private lastProps: WhatsAppAccountSetupProps | undefined;
  private notifyOutputChanged!: () => void;
  /** A rename typed by the admin, not yet taken by the form. */
  private pendingName: string | undefined;
  private readonly onNameChange = (name: string): void => {
    this.pendingName = name;
    this.notifyOutputChanged();
  };

  public init(context: ComponentFramework.Context<IInputs>, notifyOutputChanged: () => void): void {
    this.notifyOutputChanged = notifyOutputChanged;
    const strings = createStrings((key) => context.resources.getString(key));
    this.services = {
      client: createSerialClient(createWebApiClient(context.webAPI)),
      strings,
      formatInteger: (value) => context.formatting.formatInteger(value),
      copy: copyText,
      openRecord: (id) => {
        void context.navigation.openForm({ entityName: TABLE, entityId: id });
      },
      confirmReload: async () => {
        const answer = await context.navigation.openConfirmDialog({
          title: strings("whatsAppWizard.reload.confirmTitle"),
          text: strings("whatsAppWizard.reload.confirmText"),
          confirmButtonLabel: strings("whatsAppWizard.reload.confirm"),
          cancelButtonLabel: strings("whatsAppWizard.button.cancel"),
        });
        return answer?.confirmed === true;
      },
      retryTuning: {},
      poll: POLL,
    };
  }

  public updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
    const mode = recordMode(context);
    const accountName = context.parameters.accountName?.raw ?? "";
    if (this.pendingName === accountName) this.pendingName = undefined; // the form took the rename
    const next: WhatsAppAccountSetupProps = {
      ...this.services,
      mode: sameMode(this.lastProps?.mode, mode) ? this.lastProps!.mode : mode,
      isOffline: context.client.isOffline(),
      disabled: context.mode.isControlDisabled === true,
      accountName,
      onNameChange: this.onNameChange,
      privileges: {
        create: context.utils.hasEntityPrivilege(TABLE, PRIVILEGE_CREATE, PCF_DEPTH_BASIC),
        write: context.utils.hasEntityPrivilege(TABLE, PRIVILEGE_WRITE, PCF_DEPTH_BASIC),
        numbers:
          context.utils.hasEntityPrivilege(NUMBER_TABLE, PRIVILEGE_CREATE, PCF_DEPTH_BASIC) &&
          context.utils.hasEntityPrivilege(NUMBER_TABLE, PRIVILEGE_DELETE, PCF_DEPTH_BASIC),
      },
    };
    const previous = this.lastProps;
    if (
      previous &&
      previous.mode === next.mode &&
      previous.isOffline === next.isOffline &&
      previous.disabled === next.disabled &&
      previous.accountName === next.accountName &&
      previous.privileges.create === next.privileges.create &&
      previous.privileges.write === next.privileges.write &&
      previous.privileges.numbers === next.privileges.numbers
    ) {
      next.privileges = previous.privileges;
    }
    this.lastProps = next;
    return React.createElement(
      FluentProvider,
      { theme: context.fluentDesignLanguage?.tokenTheme ?? webLightTheme, dir: context.userSettings.isRTL ? "rtl" : "ltr" },
      React.createElement(MemoSetup, next),
    );
  }

  public getOutputs(): IOutputs {
    return this.pendingName === undefined ? {} : { accountName: this.pendingName };
  }

  public destroy(): void {
    this.lastProps = undefined;
  }
}

const MemoSetup = React.memo(WhatsAppAccountSetup);

function sameMode(a: RecordMode | undefined, b: RecordMode): boolean {
  if (!a || a.kind !== b.kind) return false;
  return a.kind === "new" || (b.kind === "existing" && a.recordId === b.recordId);
}
