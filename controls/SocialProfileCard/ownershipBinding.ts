import { guidOrUndefined } from "../../plugins-shim/rules/guid";
import type { LoadedOwnership } from "../common/ownership/OnDemandOwnershipSection";
import { loadOwnershipLibrary, OwnershipLibrary } from "../common/ownership/ownershipLibrary";
import { leaveDeletedRecord } from "./leaveRecord";

/** What the card view needs to show the ownership section; null: no section (new record, no Web API). */
export interface CardOwnership {
  recordId: string;
  /** The section and its service once the ownership library has loaded; undefined where it can't. */
  loader: Promise<LoadedOwnership | undefined>;
  /** Navigates the form away from the record once it is deleted; undefined: no Delete on the card (leaveRecord.ts). */
  onDeleted?: () => void;
}

/** `context.mode.contextInfo` exists in model-driven apps but not in the typings: read it here only. */
function recordIdOf(context: ComponentFramework.Context<unknown>): string | undefined {
  const id = (context.mode as unknown as { contextInfo?: { entityId?: string } }).contextInfo?.entityId;
  return guidOrUndefined(id);
}

/**
 * One ownership binding per record the card shows (so the client's per-record cache and the
 * view's props stay the same object across updateView calls). The ownership library is asked for
 * once per card, the first time there is a record to show (docs/ownership.md, "How the section loads").
 */
export class OwnershipBinding {
  private current: CardOwnership | null = null;
  private library: Promise<OwnershipLibrary | undefined> | undefined;

  from(context: ComponentFramework.Context<unknown>): CardOwnership | null {
    const recordId = recordIdOf(context);
    if (!recordId || !context.webAPI) return (this.current = null);
    if (this.current?.recordId === recordId) return this.current;
    this.library ??= loadOwnershipLibrary(context.utils);
    const { webAPI, userSettings, utils } = context;
    const loader = this.library.then((library) =>
      library
        ? {
            Section: library.OwnershipSection,
            service: library.createOwnershipService({
              webAPI,
              userId: userSettings.userId,
              hasEntityPrivilege: (table, type, depth) => utils.hasEntityPrivilege(table, type, depth),
            }),
          }
        : undefined,
    );
    this.current = { recordId, loader, onDeleted: leaveDeletedRecord() };
    return this.current;
  }
}
