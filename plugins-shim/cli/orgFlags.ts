import { isSignInKind, SIGN_IN_KINDS, SignInKind } from "../../dataverse-node/signInKinds";
import { UsageError } from "./usage";

/**
 * The flags that point a command at an org (orgTable.ts reads them). Parsed without loading the
 * Node connection, so a run without them starts as fast as before.
 */

export interface OrgFlags {
  /** `--org` given: its URL, or true when DATAVERSE_URL is to name the org. */
  org?: string | true;
  metadata?: string;
  signIn?: SignInKind;
}

export interface ParsedArgs {
  positional: string[];
  flags: OrgFlags;
}

/** Flags anywhere on the line; `--org` takes the next word only when it is an address ("://"). */
export function parseOrgFlags(args: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags: OrgFlags = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const [name, inline] =
      arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (what: string): string => {
      if (inline !== undefined) return inline;
      const next = args[i + 1];
      if (next === undefined || next.startsWith("--")) throw new UsageError(`${name} needs ${what}.`);
      i += 1;
      return next;
    };
    if (name === "--org") {
      if (inline !== undefined) flags.org = inline;
      else if (args[i + 1]?.includes("://")) flags.org = args[++i];
      else flags.org = true;
    } else if (name === "--metadata") {
      flags.metadata = value("a file name");
    } else if (name === "--sign-in") {
      const kind = value(`one of ${SIGN_IN_KINDS.join(", ")}`);
      if (!isSignInKind(kind)) throw new UsageError(`Unknown sign-in "${kind}": one of ${SIGN_IN_KINDS.join(", ")}.`);
      flags.signIn = kind;
    } else {
      positional.push(arg);
    }
  }
  if (flags.signIn && flags.org === undefined) throw new UsageError("--sign-in goes with --org.");
  return { positional, flags };
}
