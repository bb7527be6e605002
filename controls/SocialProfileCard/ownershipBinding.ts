import { guidOrUndefined } from "../../plugins-shim/rules/guid";
import type { LoadedOwnership } from "../common/ownership/OnDemandOwnershipSection";
import { DependencyLoader, loadOwnershipLibrary, OwnershipLibrary } from "../common/ownership/ownershipLibrary";

/** What the card view needs to show the ownership section; null: no section (new record, no Web API). */
export interface CardOwnership {
  recordId: string;
  /** The section and its service once the ownership library has loaded; undefined where it can't. */
  loader: Promise<LoadedOwnership | undefined>;
  /** Asks for the library again after a failed load; absent where the host has no loader (no loadDependency). */
  retry?: () => Promise<LoadedOwnership | undefined>;
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
 * section says it is reading. The platform schedules afterPageLoad only where its host can
 * (pcf-start's own copy of the host code runs it from `actions.addOnFullLoad`, which the harness's
 * page doesn't provide): a card that shows a record and hears nothing for AFTER_PAGE_LOAD_FALLBACK_MS
 * asks anyway. A load that failed is not kept: `retry` asks again (the section's "Try again"), so
 * one failure no longer disables the section until the form reloads.
 * docs/ownership.md, "How the section loads".
 */
/** How long a card with a record waits for afterPageLoad before asking for the library anyway. */
export const AFTER_PAGE_LOAD_FALLBACK_MS = 5000;

export class OwnershipBinding {
  private current: CardOwnership | null = null;
  private fallback: ReturnType<typeof setTimeout> | undefined;
  private utils: DependencyLoader | undefined;
  private library: Promise<OwnershipLibrary | undefined> | undefined;
  private started: () => void = () => undefined;
  private readonly pageLoaded = new Promise<void>((resolve) => (this.started = resolve));

  /** The card's `getActions().afterPageLoad`: the platform's signal that on-demand dependencies may load now. */
  afterPageLoad(): void {
    this.started();
    clearTimeout(this.fallback);
  }

  from(context: ComponentFramework.Context<unknown>): CardOwnership | null {
    const recordId = recordIdOf(context);
    if (!recordId || !context.webAPI) return (this.current = null);
    this.utils = context.utils;
    if (this.current?.recordId === recordId) return this.current;
    this.fallback ??= setTimeout(() => this.started(), AFTER_PAGE_LOAD_FALLBACK_MS);
    const { webAPI, userSettings, utils } = context;
    // Waits for afterPageLoad (loadLibrary): calling it here asks the host for nothing yet.
    const load = () =>
      this.loadLibrary().then((library) =>
        library
          ? {
              Section: library.OwnershipSection,
              service: library.createOwnershipService({
                webAPI,
                userId: userSettings.userId,
                hasEntityPrivilege: utils.hasEntityPrivilege.bind(utils),
              }),
              // After a delete the form leaves the record, where the page allows it (the library's leaveRecord.ts).
              onDeleted: library.leaveDeletedRecord?.(),
            }
          : undefined,
      );
    return (this.current = { recordId, loader: load(), retry: typeof utils.loadDependency === "function" ? load : undefined });
  }

  /** The card goes away: no late load. */
  dispose(): void {
    clearTimeout(this.fallback);
  }

  /** The library after afterPageLoad; a failed load is forgotten so the next ask tries again. */
  private loadLibrary(): Promise<OwnershipLibrary | undefined> {
    const library = (this.library ??= this.pageLoaded.then(() => loadOwnershipLibrary(this.utils)));
    void library.then((loaded) => {
      if (!loaded && this.library === library) this.library = undefined;
    });
    return library;
  }
}
