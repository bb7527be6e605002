import { readFileSync } from "node:fs";
import path from "node:path";
import { fakeGetResource, GetResource, ResourceMode } from "./resourceFake";

/** A control resource's text by its manifest path (relative to a control folder, as `../common/img/...`). */
export function readControlResource(manifestPath: string): string {
  return readFileSync(path.resolve(__dirname, "../../controls/SocialProfileCard", manifestPath), "utf8");
}

/** getResource over the real files (resourceFake.ts says what each mode claims and its source). */
export const fileGetResource = (mode: ResourceMode = "documented", onRequest?: (id: string) => void): GetResource =>
  fakeGetResource({ mode, read: readControlResource, onRequest });
