import { OWNERSHIP_LIBRARY_DEPENDENCY, OWNERSHIP_LIBRARY_GLOBAL } from "../../controls/common/ownership/ownershipLibrary";
import { ownershipLibrary } from "../../controls/SocialProfileOwnership/library/ownershipLibrary";

/*
 * `context.utils.loadDependency` as a model-driven app answers it for the card's on-demand
 * dependency. Sources: @types/powerapps-component-framework's `Utility.loadDependency` ("Promise
 * that resolves when the dependency is loaded"; only in model-driven apps, may be absent) and
 * Microsoft Learn's "Dependent Libraries (preview)" (the library component's packaged script is
 * loaded — its index.ts binds the library to window, as the tutorial's library component does —
 * before the promise resolves). For a name the manifest does not declare on demand, pcf-start's
 * harness (node_modules/pcf-start/harness.js, `loadDependency`) returns `Promise.reject()`: so does
 * this fake. Here the "code" is the library component's index.ts's effect: the real library object
 * set as its global, the same module its bundle carries, set once the code has loaded (after the
 * call returns), not during the call.
 */

type Utils = { loadDependency?: (name: string) => Promise<unknown> | undefined };

/** Makes `utils.loadDependency` load the ownership library; returns the names it was asked for. */
export function provideOwnershipLibrary(utils: Utils): string[] {
  const asked: string[] = [];
  utils.loadDependency = (name: string) => {
    asked.push(name);
    if (name !== OWNERSHIP_LIBRARY_DEPENDENCY) return Promise.reject();
    return Promise.resolve().then(() => {
      (globalThis as Record<string, unknown>)[OWNERSHIP_LIBRARY_GLOBAL] = ownershipLibrary;
    });
  };
  return asked;
}

/** Forgets a loaded library (a new page): each test starts with none. */
export function unloadOwnershipLibrary(): void {
  delete (globalThis as Record<string, unknown>)[OWNERSHIP_LIBRARY_GLOBAL];
}
