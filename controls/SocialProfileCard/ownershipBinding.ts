import { guidOrUndefined } from "../../plugins-shim/rules/guid";
import { LOAD_FAILED, LoadedOwnership } from "../common/ownership/OnDemandOwnershipSection";
import { DependencyLoader, LibraryLoad, tryLoadOwnershipLibrary } from "../common/ownership/ownershipLibrary";
import { leaveDeletedRecord } from "./leaveRecord";

/** What the card view needs to show the ownership section; null: no section (new record, no Web API). */
export interface CardOwnership {
  recordId: string;
  /** The section and its service once the ownership library has loaded; undefined where it can't, LOAD_FAILED where it may later. */
  loader: Promise<LoadedOwnership | undefined | typeof LOAD_FAILED>;
  /** Asks for the library again after LOAD_FAILED. */
  retry: () => Promise<LoadedOwnership | undefined | typeof LOAD_FAILED>;
  /** Navigates the form away from the record once it is deleted; undefined: no Delete on the card (leaveRecord.ts). */
  onDeleted?: () => void;
}

/** `context.mode.contextInfo` exists in model-driven apps but not in the typings: read it here only. */
function recordIdOf(context: ComponentFramework.Context<unknown>): string | undefined {
  const id = (context.mode as unknown as { contextInfo?: { entityId?: string } }).contextInfo?.entityId;
  return guidOrUndefined(id);
}

/**
 * One ownership binding per card (so the client's per-record cache and the view's props stay the
 * same object across updateView calls). The library is loaded as Microsoft's tutorial loads an
 * on-demand dependency ("Tutorial: Use dependent libraries in a component", step 3): from the
 * control's `getActions().afterPageLoad`, which calls `context.utils.loadDependency` — here once
 * the page has loaded AND the card shows a record (a new record needs no section). Until then the
 * section says it is reading. A load that failed is not kept: `retry` asks again (the section's
 * "Try again"), so one failure no longer disables the section until the form reloads.
 * docs/ownership.md, "How the section loads".
 */
export class OwnershipBinding {
  private current: CardOwnership | null = null;
  private utils: DependencyLoader | undefined;
  private library: Promise<LibraryLoad> | undefined;
  private started: () => void = () => undefined;
  private readonly afterPageLoaded = new Promise<void>((resolve) => (this.started = resolve));

  /** The card's `getActions().afterPageLoad`: the platform's signal that on-demand dependencies may load now. */
  afterPageLoad(): Promise<void> {
    this.started();
    return (this.current ? this.current.loader : Promise.resolve()).then(() => undefined);
  }

  from(context: ComponentFramework.Context<unknown>): CardOwnership | null {
    const recordId = recordIdOf(context);
    if (!recordId || !context.webAPI) return (this.current = null);
    this.utils = context.utils;
    if (this.current?.recordId === recordId) return this.current;
    const { webAPI, userSettings, utils } = context;
    const sectionFor = ({ library, retryable }: LibraryLoad): LoadedOwnership | undefined | typeof LOAD_FAILED =>
      library
        ? {
            Section: library.OwnershipSection,
            service: library.createOwnershipService({
              webAPI,
              userId: userSettings.userId,
              hasEntityPrivilege: (table, type, depth) => utils.hasEntityPrivilege(table, type, depth),
            }),
          }
        : retryable
          ? LOAD_FAILED
          : undefined;
    let loaded: Promise<LoadedOwnership | undefined | typeof LOAD_FAILED> | undefined;
    const loader = () => (loaded ??= this.loadLibrary().then(sectionFor));
    // Waits for afterPageLoad (loadLibrary): creating it here asks the host for nothing yet.
    const current: CardOwnership = {
      recordId,
      loader: loader(),
      retry: () => {
        loaded = undefined;
        return loader();
      },
      onDeleted: leaveDeletedRecord(),
    };
    this.current = current;
    return current;
  }

  /** The library after afterPageLoad; a failed load is forgotten so the next ask tries again. */
  private loadLibrary(): Promise<LibraryLoad> {
    if (!this.library) {
      const library = this.afterPageLoaded.then(() => tryLoadOwnershipLibrary(this.utils));
      this.library = library;
      void library.then((load) => {
        if (!load.library && this.library === library) this.library = undefined;
      });
    }
    return this.library;
  }
}
