import { detectAccessMessages } from "../../plugins-shim/client/accessMessages";
import { OwnershipClient } from "../../plugins-shim/client/ownershipClient";
import { createSerialClient } from "../../plugins-shim/client/serialClient";
import { createWebApiClient } from "../../plugins-shim/client/webApiClient";
import { PCF_DEPTH_BASIC, PCF_PRIVILEGE } from "../../plugins-shim/ownership/model";
import { guidOrUndefined } from "../../plugins-shim/rules/guid";
import type { OwnershipService } from "../common/ownership";

/** What the card view needs to show the ownership section; null: no section (new record, no Web API). */
export interface CardOwnership {
  service: OwnershipService;
  recordId: string;
}


/** `context.mode.contextInfo` exists in model-driven apps but not in the typings: read it here only. */
function recordIdOf(context: ComponentFramework.Context<unknown>): string | undefined {
  const id = (context.mode as unknown as { contextInfo?: { entityId?: string } }).contextInfo?.entityId;
  return guidOrUndefined(id);
}

/**
 * One ownership client per record the card shows (so its per-record cache and the view's props
 * stay the same object across updateView calls). The access messages are feature-detected once,
 * in plugins-shim/client/accessMessages.ts.
 */
export class OwnershipBinding {
  private current: CardOwnership | null = null;

  from(context: ComponentFramework.Context<unknown>): CardOwnership | null {
    const recordId = recordIdOf(context);
    if (!recordId || !context.webAPI) return (this.current = null);
    if (this.current?.recordId === recordId) return this.current;
    const service = new OwnershipClient({
      data: createSerialClient(createWebApiClient(context.webAPI)),
      access: detectAccessMessages(),
      userId: context.userSettings.userId,
      hasPrivilege: (privilege) => context.utils.hasEntityPrivilege("socialprofile", PCF_PRIVILEGE[privilege], PCF_DEPTH_BASIC),
    });
    this.current = { service, recordId };
    return this.current;
  }
}
