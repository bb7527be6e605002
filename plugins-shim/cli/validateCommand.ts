import type { Writable } from "node:stream";
import { VALIDATED_TABLES } from "../pipeline/validationSteps";
import { createDescriber } from "./messages";
import { parseOrgFlags } from "./orgFlags";
import type { OrgTableIo } from "./orgTable";
import { ExitCode, isHelp, UsageError } from "./usage";
import { validateFile } from "./validateRecords";

/**
 * The tables `validate` takes: those the pipeline validates, and the WhatsApp account's numbers
 * and provisioning states (issue 22: the wizard writes numbers; no server step judges them).
 */
export const VALIDATE_COMMAND_TABLES: readonly string[] = [
  ...VALIDATED_TABLES,
  "msdyn_ocwhatsappchannelnumber",
  "msdyn_ocprovisioningstate",
];

/** `npm run --silent validate -- <table> <file.json> [--org [URL]] [--metadata FILE] [--sign-in KIND]`: see docs/cli.md. */
export const USAGE = `Usage: validate <${VALIDATE_COMMAND_TABLES.join("|")}> <file.json> [--org [URL]] [--metadata FILE] [--sign-in KIND]`;

const HELP = [
  "Checks each record of a JSON file (one record or an array of records, column logical names as the",
  "Web API takes them) as a create, and prints one entry per record. - reads standard input.",
  "--org URL (or DATAVERSE_URL): judge by that org's metadata of the table; --metadata FILE saves it",
  "(with --org) or reuses a saved one (without). --sign-in device-code|environment|azure-cli|managed-identity.",
  "Exit codes: 0 all valid, 1 something invalid, 2 usage error or unreadable input. See docs/cli.md.",
].join("\n");

export interface ValidateIo extends OrgTableIo {
  out: Writable;
}

export async function runValidate(args: readonly string[], io: ValidateIo): Promise<number> {
  if (args.some(isHelp)) {
    io.out.write(`${USAGE}\n${HELP}\n`);
    return ExitCode.Valid;
  }
  const { positional, flags } = parseOrgFlags(args);
  const [table, file, ...rest] = positional;
  if (!table || !file || rest.length > 0) throw new UsageError(USAGE);
  if (!VALIDATE_COMMAND_TABLES.includes(table)) throw new UsageError(`Unknown table "${table}". ${USAGE}`);
  // The Node connection (and the Azure SDK) loads only when a flag asks for an org's metadata.
  const asksForOrg = flags.org !== undefined || flags.metadata !== undefined;
  const judgedBy = asksForOrg ? ((await (await import("./orgTable")).orgTable(table, flags, io)) ?? table) : table;
  const allValid = await validateFile(judgedBy, file, io.out, createDescriber());
  return allValid ? ExitCode.Valid : ExitCode.Invalid;
}
