import type * as React from "react";
import type { WebApiLike } from "../../../plugins-shim/client/webApiClient";
import type { OwnershipSectionProps } from "./OwnershipSection";
import type { OwnershipService } from "./ownershipService";

/**
 * The ownership section ships in a PCF library component (controls/SocialProfileOwnership), a
 * "dependent library" the card loads on demand (Microsoft Learn, "Dependent Libraries (preview)"):
 * the card's manifest declares `<dependency type="control" name=… load-type="onDemand"/>` and the
 * card calls `context.utils.loadDependency(name)`, "a promise that resolves when the dependency is
 * loaded" (@types/powerapps-component-framework). The library's script then has set one global,
 * `SocialChannelOwnership`, holding an `OwnershipLibrary`. Only types cross from here into the
 * card's bundle: this file is the contract, and the loading logic, and nothing else.
 */

/** `<publisher prefix>_<namespace>.<constructor>` of the library component (its manifest; plugins-shim/solutionNames/publisher.ts). */
export const OWNERSHIP_LIBRARY_DEPENDENCY = "scc_SocialChannel.SocialProfileOwnership";
/** The global the library's script sets (controls/SocialProfileOwnership/library/index.ts). */
export const OWNERSHIP_LIBRARY_GLOBAL = "SocialChannelOwnership";

/** What the ownership service reads from the PCF context (index.ts passes its context's parts). */
export interface OwnershipServiceHost {
  webAPI: WebApiLike;
  /** userSettings.userId, braces or not. */
  userId: string;
  hasEntityPrivilege: ComponentFramework.Utility["hasEntityPrivilege"];
}

/** What the library exposes. */
export interface OwnershipLibrary {
  OwnershipSection: React.ComponentType<OwnershipSectionProps>;
  /** The ownership client over the host's Web API, with the access messages detected once. */
  createOwnershipService(host: OwnershipServiceHost): OwnershipService;
  /** Navigates the form away from a deleted record where the page can (leaveRecord.ts); undefined: offer no Delete. */
  leaveDeletedRecord(): (() => void) | undefined;
}

/** The part of `context.utils` this needs; older hosts and pcf-start's harness may lack `loadDependency`. */
export interface DependencyLoader {
  loadDependency?(dependencyName: string): Promise<unknown> | undefined;
}

const isLibrary = (value: unknown): value is OwnershipLibrary =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as OwnershipLibrary).OwnershipSection === "function" &&
  typeof (value as OwnershipLibrary).createOwnershipService === "function";

const loadedLibrary = (): OwnershipLibrary | undefined => {
  const value = (globalThis as Record<string, unknown>)[OWNERSHIP_LIBRARY_GLOBAL];
  return isLibrary(value) ? value : undefined;
};

/**
 * The library, or undefined where it can't load: no `loadDependency` (older hosts, canvas apps),
 * a call that returns nothing or throws, a rejection (pcf-start rejects a dependency it does not
 * know as on-demand; a host without the preview), or a script that set no usable global. Never
 * rejects, so the caller has one "not available" path.
 */
export function loadOwnershipLibrary(utils: DependencyLoader | undefined): Promise<OwnershipLibrary | undefined> {
  const loaded = loadedLibrary();
  if (loaded) return Promise.resolve(loaded);
  let pending: Promise<unknown> | undefined;
  try {
    pending = utils?.loadDependency?.(OWNERSHIP_LIBRARY_DEPENDENCY);
  } catch {
    // No loader behind the name (or no function at all).
  }
  return pending && typeof pending.then === "function"
    ? Promise.resolve(pending).then(loadedLibrary, () => undefined)
    : Promise.resolve(undefined);
}
