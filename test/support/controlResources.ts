import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * `context.resources.getResource` for the fake hosts (fieldContext, datasetContext, the playground).
 * Two sources, which disagree on the content:
 * - PCF reference, "getResource" (learn.microsoft.com/power-apps/developer/component-framework/
 *   reference/resources/getresource): returns a CSS, HTML or img resource of the manifest; success
 *   receives the data "in base 64 encoded format"; failure otherwise. → mode "documented".
 * - pcf-start 1.51.1 (node_modules/pcf-start/harness.js): `getResource(e,t,r)` takes the first
 *   manifest resource whose name ends with `e` (`Resources.filter(t => t.Name.endsWith(e))[0]`), calls
 *   failure when there is none, else `this._getResource(n).then(e => t(e), () => r())`, where
 *   `_getResource` is the harness's `actions.getResource: function(e){return Promise.resolve()}`:
 *   success gets `undefined`, asynchronously. → mode "pcf-start".
 * Both answer after the call returns (the harness through a promise), so the fake does too.
 */
export type ResourceMode = "documented" | "pcf-start" | "failure";

/** The img resources the card's and the gallery's manifests list, by manifest path (test/controls/common/communityMarks.test.ts checks the manifests). */
export const IMG_RESOURCES: Readonly<Record<string, string>> = {
  "../common/img/communityMarks.svg": path.resolve(__dirname, "../../controls/common/img/communityMarks.svg"),
};

/** UTF-8 text → base64 (btoa takes bytes as a binary string). */
export function toBase64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export type GetResource = ComponentFramework.Resources["getResource"];

/** A getResource answering as `mode` says; `onRequest` counts the calls (the page loads the marks once). */
export function fakeGetResource(mode: ResourceMode = "documented", onRequest?: (id: string) => void): GetResource {
  return (id, success, failure) => {
    onRequest?.(id);
    const listed = Object.keys(IMG_RESOURCES).find((name) => name.endsWith(id));
    void Promise.resolve().then(() => {
      if (!listed || mode === "failure") failure();
      else if (mode === "pcf-start") (success as (data?: string) => void)(undefined);
      else success(toBase64(readFileSync(IMG_RESOURCES[listed], "utf8")));
    });
  };
}
