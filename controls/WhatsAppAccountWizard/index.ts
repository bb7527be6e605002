import * as React from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createSerialClient, createWebApiClient } from "../../plugins-shim/client";
import { isGuid } from "../../plugins-shim/rules";
import { msdyn_ocwhatsappchannelaccount } from "../../plugins-shim/schema/whatsappAccount";
import { IInputs, IOutputs } from "./generated/ManifestTypes";
import { copyText } from "./clipboard";
import { SetupServices } from "./services";
import { createStrings } from "./strings";
import { RecordMode, WhatsAppAccountSetup, WhatsAppAccountSetupProps } from "./WhatsAppAccountSetup";

const TABLE = msdyn_ocwhatsappchannelaccount.logicalName;
const PRIVILEGE_CREATE = 1;
const PRIVILEGE_WRITE = 3;
const DEPTH_BASIC = 0;
/** The platform fills the inbound URL after the save: look for about ten seconds. */
const POLL = { attempts: 6, intervalMs: 2000 } as const;

/** `context.mode.contextInfo` exists in model-driven apps but not in the typings: read it here only. */
interface ContextInfo {
  entityId?: string;
  entityTypeName?: string;
}

function recordMode(context: ComponentFramework.Context<IInputs>): RecordMode {
  const info = (context.mode as unknown as { contextInfo?: ContextInfo }).contextInfo;
  const id = info?.entityId;
  return isGuid(id) ? { kind: "existing", recordId: id.replace(/[{}]/g, "").toLowerCase() } : { kind: "new" };
}

/**
 * Thin adapter: turns the PCF context into props for the pure view. It never changes the bound
 * column (the form stays clean); the account is created through the Web API instead.
 */
export class WhatsAppAccountWizard implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  private services!: SetupServices;
  private lastProps: WhatsAppAccountSetupProps | undefined;

  public init(context: ComponentFramework.Context<IInputs>): void {
    this.services = {
      client: createSerialClient(createWebApiClient(context.webAPI)),
      strings: createStrings((key) => context.resources.getString(key)),
      formatInteger: (value) => context.formatting.formatInteger(value),
      copy: copyText,
      openRecord: (id) => {
        void context.navigation.openForm({ entityName: TABLE, entityId: id });
      },
      retryTuning: {},
      poll: POLL,
    };
  }

  public updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
    const mode = recordMode(context);
    const next: WhatsAppAccountSetupProps = {
      ...this.services,
      mode: sameMode(this.lastProps?.mode, mode) ? this.lastProps!.mode : mode,
      isOffline: context.client.isOffline(),
      privileges: {
        create: context.utils.hasEntityPrivilege(TABLE, PRIVILEGE_CREATE, DEPTH_BASIC),
        write: context.utils.hasEntityPrivilege(TABLE, PRIVILEGE_WRITE, DEPTH_BASIC),
      },
    };
    const previous = this.lastProps;
    if (
      previous &&
      previous.mode === next.mode &&
      previous.isOffline === next.isOffline &&
      previous.privileges.create === next.privileges.create &&
      previous.privileges.write === next.privileges.write
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
    return {};
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
