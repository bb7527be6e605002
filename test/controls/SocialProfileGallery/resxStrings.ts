import { loadStrings } from "../../../plugins-shim/strings/resx";

/**
 * Kept only for controls/SocialProfileGallery/scripts/renderPreview.ts, which another change is
 * moving: once it imports loadStrings (plugins-shim/strings) itself, this file goes.
 */
export const readResx = (lcid: number): Readonly<Record<string, string>> => loadStrings(lcid);
