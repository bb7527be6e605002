import { RecordData } from "../client";
import { runIntake } from "../intake";
import { isJsonObject } from "../intake/readKeys";
import { createEmbeddedOrganization } from "../../simulator/organization/embeddedOrganization";
import { validateRecord } from "../rules";
import { createDescriber, Describe } from "./messages";
import { JsonRecord } from "./jsonRecords";
import { inputName, STDIN } from "./readBytes";
import { breakMessage, readJsonRecords, readingDiagnostics } from "./readJson";
import { describeFailure, ExitCode, isHelp, reportAndExit, UsageError } from "./usage";
import { asksForOrg, ORG_USAGE } from "./intakeFlags";

/** `npm run --silent intake -- <payload.json> [--existing <records.json>]`: see docs/cli.md. */
const USAGE = "Usage: intake <payload.json> [--existing <records.json>]";
const HELP = [
  "Dry-runs a social post payload (seed 004) against an in-memory organization: prints the social",
  "activity, profile and contact it would create or reuse. --existing seeds the organization with",
  '{ "contact": [...], "socialprofile": [...], "socialactivity": [...] }. - reads standard input.',
  "Exit codes: 0 valid, 1 invalid (diagnostics on stdout), 2 usage error or unreadable input. See docs/cli.md.",
  "",
  ORG_USAGE,
  "Against an org: without --apply prints, per post of the file (one payload or an array), what it would",
  "create or reuse and why; --apply writes each post as one change set, --state FILE journals what is",
  "done (a run started again skips it), --failed FILE gets the posts that fail, --max-errors N stops after",
  "more than N. Exit codes: 0 all done, 1 some failed, 2 usage error, sign-in refused or unreadable input.",
].join("\n");
/** Tables an --existing file may seed, in an order where lookups point at rows already loaded. */
const SEEDABLE = ["contact", "account", "socialprofile", "socialactivity"];

/**
 * Whole-file reads have a cap, counted while reading whatever the file is (see readBytes): a
 * payload is one post (its JSON is kept in an 8,192-character column), an --existing file a test
 * organization.
 */
export const MAX_PAYLOAD_BYTES = 1024 * 1024;
export const MAX_EXISTING_BYTES = 64 * 1024 * 1024;

/** A whole file's JSON value (`-`: standard input), with the paths of keys it gives twice. */
async function readJson(file: string, maxBytes: number): Promise<JsonRecord> {
  let read: JsonRecord | undefined;
  // A character takes at least one byte: the byte cap bounds the value too.
  const broken = await readJsonRecords(file, { arrayHoldsRecords: false, maxRecordCharacters: maxBytes, maxBytes }, (record) => {
    read = record;
  });
  if (broken) throw new UsageError(breakMessage(inputName(file), broken, false));
  return read!;
}

/** The command line; `help` when it asks for the usage. */
function parseArgs(args: string[]): { help: true } | { help?: false; payload: string; existing?: string } {
  const positional: string[] = [];
  let existing: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (isHelp(arg)) return { help: true };
    if (arg === "--existing") {
      const next = args[i + 1];
      if (!next) throw new UsageError(USAGE);
      // One organization from one file: a second would silently replace the first.
      if (existing !== undefined) throw new UsageError(`--existing is given twice (${existing}, ${next}): put the records in one file.`);
      existing = next;
      i += 1;
    } else if (arg.startsWith("-") && arg !== STDIN) throw new UsageError(`Unknown option ${arg}. ${USAGE}`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new UsageError(USAGE);
  if (positional[0] === STDIN && existing === STDIN)
    throw new UsageError(`Standard input can be read once: give - for the payload or for --existing, not both.`);
  return { payload: positional[0], existing };
}

async function seedExisting(file: string, seed: (table: string, records: RecordData[]) => void, describe: Describe): Promise<void> {
  const { value: content, repeatedKeys } = await readJson(file, MAX_EXISTING_BYTES);
  const name = inputName(file);
  // As the Web API's reader does: a key given twice is refused, not read as its last value.
  if (repeatedKeys.length > 0) throw new UsageError(`${name}: ${repeatedKeys[0]} is given twice in one object: keep one.`);
  if (!isJsonObject(content)) throw new UsageError(`${name} must hold an object of arrays: { "contact": [...], "socialprofile": [...] }.`);
  const unknown = Object.keys(content).find((table) => !SEEDABLE.includes(table));
  if (unknown) throw new UsageError(`${name}: unknown table "${unknown}" (expected ${SEEDABLE.join(", ")}).`);
  for (const table of SEEDABLE) {
    const records = content[table];
    if (records === undefined) continue;
    if (!Array.isArray(records)) throw new UsageError(`${name}: "${table}" must be an array of records.`);
    records.forEach((record: unknown, index) => {
      if (!isJsonObject(record)) throw new UsageError(`${name}: ${table} record ${index} is not an object.`);
      // The rules seeding applies, first, for their message in words (the organization's own
      // error names the resource key, as Dataverse's names no localized text).
      const problem = validateRecord(table, record, { operation: "create", shape: "read" })[0];
      if (problem) throw new UsageError(`${name}: ${table} record ${index}: ${problem.column}: ${describe(problem).message}`);
      try {
        seed(table, [record as RecordData]);
      } catch (error) {
        throw new UsageError(`${name}: ${table} record ${index}: ${describeFailure(error)}`);
      }
    });
  }
}

async function main(args: string[]): Promise<number> {
  // Against an org (plan, or --apply): the Node connection loads only then (intakeOrg.ts).
  if (asksForOrg(args) && !args.some(isHelp)) {
    const { runIntakeOrg } = await import("./intakeOrg");
    return runIntakeOrg(args, { out: process.stdout, env: process.env, note: (line) => process.stderr.write(`${line}\n`) });
  }
  const options = parseArgs(args);
  if (options.help) {
    process.stdout.write(`${USAGE}\n${HELP}\n`);
    return ExitCode.Valid;
  }
  const payload = await readJson(options.payload, MAX_PAYLOAD_BYTES);
  const describe = createDescriber();
  const unread = readingDiagnostics(payload, MAX_PAYLOAD_BYTES);
  if (unread.length > 0) {
    // Refused as it is read, like the Web API's reader does, before any rule runs.
    process.stdout.write(`${JSON.stringify({ valid: false, diagnostics: unread.map(describe) }, null, 2)}\n`);
    return ExitCode.Invalid;
  }
  const { client, service } = createEmbeddedOrganization();
  if (options.existing) await seedExisting(options.existing, (table, records) => client.seed(table, records), describe);
  const result = await runIntake(service, payload.value);
  const output = {
    valid: result.valid,
    diagnostics: result.diagnostics.map(describe),
    ...(result.error ? { error: { errorCode: result.error.errorCode, message: result.error.message } } : {}),
    socialactivity: result.socialactivity,
    profile: result.profile,
    contact: result.contact,
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return result.valid ? ExitCode.Valid : ExitCode.Invalid;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, reportAndExit);
