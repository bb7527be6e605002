import { SERVICE_PROTECTION_LIMITS } from "../../dataverse-node/serviceProtection";
import { OrgFlags, parseOrgFlags } from "./orgFlags";
import { UsageError } from "./usage";

/** `intake <posts.json> --org [URL] [--apply [--state FILE] [--failed FILE] [--max-errors N]] [--concurrency N] [--quiet] [--sign-in KIND]`. */
export const ORG_USAGE =
  "Usage: intake <posts.json> --org [URL] [--apply] [--state FILE] [--failed FILE] [--max-errors N] [--concurrency N] [--quiet] [--sign-in KIND]";

export interface IntakeOrgFlags {
  file: string;
  org: OrgFlags;
  apply: boolean;
  state?: string;
  failed?: string;
  /** Failed posts tolerated; the next one stops the run (undefined: no bound). */
  maxErrors?: number;
  concurrency?: number;
  quiet: boolean;
}

/** Does the command line point intake at an org (else it is the in-memory dry run)? */
export const asksForOrg = (args: readonly string[]): boolean => args.some((arg) => arg === "--org" || arg.startsWith("--org="));

export function parseIntakeOrgFlags(args: readonly string[]): IntakeOrgFlags {
  const rest: string[] = [];
  const flags: Omit<IntakeOrgFlags, "file" | "org"> = { apply: false, quiet: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const value = (what: string): string => {
      const next = args[i + 1];
      if (next === undefined || next.startsWith("--")) throw new UsageError(`${arg} needs ${what}.`);
      i += 1;
      return next;
    };
    if (arg === "--apply") flags.apply = true;
    else if (arg === "--quiet") flags.quiet = true;
    else if (arg === "--state") flags.state = value("a file name");
    else if (arg === "--failed") flags.failed = value("a file name");
    else if (arg === "--max-errors") flags.maxErrors = wholeNumber(arg, value("a number"), 0);
    else if (arg === "--concurrency")
      flags.concurrency = wholeNumber(arg, value("a number"), 1, SERVICE_PROTECTION_LIMITS.concurrentRequests);
    else rest.push(arg);
  }
  const { positional, flags: org } = parseOrgFlags(rest);
  if (org.org === undefined) throw new UsageError(`--org is missing. ${ORG_USAGE}`);
  if (org.metadata !== undefined) throw new UsageError("--metadata is for validate: intake reads the org itself.");
  const unknown = positional.find((arg) => arg.startsWith("--"));
  if (unknown) throw new UsageError(`Unknown option ${unknown}. ${ORG_USAGE}`);
  if (positional.length !== 1) throw new UsageError(ORG_USAGE);
  // The journal and the failures file record writes: without --apply there are none.
  if (!flags.apply && (flags.state || flags.failed || flags.maxErrors !== undefined))
    throw new UsageError("--state, --failed and --max-errors go with --apply.");
  return { ...flags, file: positional[0], org };
}

function wholeNumber(flag: string, text: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max)
    throw new UsageError(`${flag} takes a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ""}.`);
  return value;
}
