import { loadStrings } from "../../../plugins-shim/strings/resx";
import { stringsLookup, Lcid } from "../../../simulator/pcfHost/fieldContext";

/** The shared .resx strings of one language, read the way the host reads them (name → value). */
export const readResx = (lcid: number): Readonly<Record<string, string>> => loadStrings(lcid);

/** A getString that fails loudly on a key the .resx lacks (a missing string must not pass unseen). */
export const stringsFor = (lcid: number): ((key: string) => string) => stringsLookup(lcid as Lcid);
