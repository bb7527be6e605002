import * as React from "react";
import * as Fluent from "@fluentui/react-components";
import { OWNERSHIP_LIBRARY_DEPENDENCY } from "../../controls/common/ownership/ownershipLibrary";
import { OWNERSHIP_LIBRARY_SCRIPT, PAGE_PLATFORM_GLOBALS } from "./platformGlobals";

/**
 * `context.utils.loadDependency` as model-driven apps offer it to a control whose manifest declares
 * `<dependency … load-type="onDemand"/>`: a promise resolved once the library component's code is
 * loaded (@types/powerapps-component-framework `Utility.loadDependency`; Microsoft Learn,
 * "Dependent Libraries (preview)" and its tutorial, where the library component's index.ts binds
 * the library to window when it loads). Here the library component's code (its index.ts, built
 * into the playground's folder by playground/build.ts) is loaded with a <script> tag, the way the
 * platform loads a control's code. A name the page does not serve rejects, as pcf-start's harness
 * rejects a dependency it does not know as on demand.
 *
 * Like the platform, the page gives that code its React and Fluent UI (src/platformGlobals.ts).
 */
export const LIBRARY_SCRIPTS: Readonly<Record<string, string>> = { [OWNERSHIP_LIBRARY_DEPENDENCY]: OWNERSHIP_LIBRARY_SCRIPT };

const page = window as unknown as Record<string, unknown>;
page[PAGE_PLATFORM_GLOBALS.react] = React;
page[PAGE_PLATFORM_GLOBALS["@fluentui/react-components"]] = Fluent;

const loading = new Map<string, Promise<void>>();

export function loadDependency(name: string): Promise<void> {
  const script = LIBRARY_SCRIPTS[name];
  if (!script) return Promise.reject(new Error(`${name} is no on-demand dependency of this page`));
  let pending = loading.get(name);
  if (!pending) {
    pending = new Promise<void>((resolve, reject) => {
      const element = document.createElement("script");
      element.src = script;
      element.onload = () => resolve();
      element.onerror = () => reject(new Error(`${script} did not load`));
      document.head.appendChild(element);
    });
    // A failed load may be tried again by the next control.
    pending.catch(() => loading.delete(name));
    loading.set(name, pending);
  }
  return pending;
}

/** Gives a fake context's utils the page's loader (the mock host has none). */
export function provideLoadDependency(utils: object): void {
  (utils as { loadDependency?: typeof loadDependency }).loadDependency = loadDependency;
}
