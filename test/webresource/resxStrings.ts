import { loadStrings } from "../../plugins-shim/strings/resx";

/** The shipped strings of one language, as the platform serves them to getResourceString. */
export const resxStrings = (lcid: number): Record<string, string> => ({ ...loadStrings(lcid) });
