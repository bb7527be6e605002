import { readFileSync } from "node:fs";
import path from "node:path";
import { CommunityMarks, requestCommunityMarks } from "../../controls/common/communityMarks";
import { fakeGetResource, FakeResourceOptions, GetResource, IMG_RESOURCES, ResourceMode, toBase64 } from "./resourceFake";

/** A control resource's text by its manifest path (relative to a control folder, as `../common/img/...`). */
export function readControlResource(manifestPath: string): string {
  return readFileSync(path.resolve(__dirname, "../../controls/SocialProfileCard", manifestPath), "utf8");
}

/** getResource over the real files (resourceFake.ts says what each mode claims and its source). */
export const fileGetResource = (
  mode: ResourceMode = "documented",
  onRequest?: (id: string) => void,
  answer?: FakeResourceOptions["answer"],
): GetResource => fakeGetResource({ mode, read: readControlResource, onRequest, answer });

/**
 * The page's community pictures already loaded from the real sprite file: a pre-loaded state for
 * views rendered without a host (which would otherwise show the fallback chat icon for every
 * channel), not a model of getResource's timing — hosts answer after the call returns
 * (resourceFake.ts names the sources).
 */
export const loadedCommunityMarks = (): CommunityMarks =>
  requestCommunityMarks({ getResource: (_id, success) => success(toBase64(readControlResource(IMG_RESOURCES[0]))) });
