import { OWNERSHIP_LIBRARY_GLOBAL } from "../../common/ownership/ownershipLibrary";
import { ownershipLibrary } from "./ownershipLibrary";

/*
 * Entry of the packaged library (scripts/ownershipLibrary.ts builds it into one script): running
 * it sets the one global the card reads after `context.utils.loadDependency` resolves. React and
 * Fluent UI are not in it: they are the platform's globals, as in every control's bundle.
 */
(globalThis as Record<string, unknown>)[OWNERSHIP_LIBRARY_GLOBAL] = ownershipLibrary;
