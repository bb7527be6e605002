import { uuidV5 } from "../plugins-shim/intake/nameBasedGuid";

/** Namespace of this solution's name-based GUIDs (random once, fixed forever). */
const NAMESPACE = "6f1c2b0e-7d4a-4c55-9a3e-2b8f0c6d41a7";

/**
 * A name-based (version 5) GUID: the same component name gives the same id in every build, so
 * upgrades recognise a web resource instead of adding a second one.
 */
export const stableGuid = (name: string): string => uuidV5(name, NAMESPACE);
