/**
 * `context.resources.getResource` for the fake hosts (fieldContext, datasetContext, the playground).
 * No file access here (datasetContext is bundled for the browser by the benchmarks and previews):
 * the documented mode takes a reader, controlResources.ts gives the one that reads the files.
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

/** The img resources the card's and the gallery's manifests list, as written there (test/controls/common/communityMarks.test.tsx checks the manifests). */
export const IMG_RESOURCES: readonly string[] = ["../common/img/communityMarks.svg"];

/** UTF-8 text → base64 (btoa takes bytes as a binary string). */
export function toBase64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export type GetResource = ComponentFramework.Resources["getResource"];

export interface FakeResourceOptions {
  mode: ResourceMode;
  /** The text of a listed resource by its manifest path (needed by "documented"). */
  read?: (manifestPath: string) => string;
  /** Called with the id of each request (the page loads the marks once). */
  onRequest?: (id: string) => void;
  /**
   * Runs the asynchronous answer. React tests pass `act`, so the state the answer sets is flushed
   * the way a browser would render it, rather than warned about; the timing stays the host's.
   */
  answer?: (deliver: () => void) => void;
}

/** A getResource answering as `mode` says. */
export function fakeGetResource({ mode, read, onRequest, answer = (deliver) => deliver() }: FakeResourceOptions): GetResource {
  // The documented getResource always hands content: without a reader this would be pcf-start.
  if (mode === "documented" && !read) throw new Error('fakeGetResource: mode "documented" needs read');
  return (id, success, failure) => {
    onRequest?.(id);
    const listed = IMG_RESOURCES.find((name) => name.endsWith(id));
    void Promise.resolve().then(() =>
      answer(() => {
        if (!listed || mode === "failure") failure();
        else if (mode === "pcf-start" || !read) (success as (data?: string) => void)(undefined);
        else success(toBase64(read(listed)));
      }),
    );
  };
}
