/** tar-fs 3 ships no types; the one call test/support/chromium.ts makes. */
declare module "tar-fs" {
  import { Writable } from "node:stream";
  export function extract(directory: string): Writable;
}
