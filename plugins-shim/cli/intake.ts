import { RecordData } from "../client";
import { runIntake } from "../intake";
import { isJsonObject } from "../intake/readKeys";
import { createEmbeddedOrganization } from "../pipeline";
import { createDescriber } from "./messages";
import { JsonRecord } from "./jsonRecords";
import { inputName } from "./readBytes";
import { breakMessage, readJsonRecords, readingDiagnostics } from "./readJson";
import { describeFailure, ExitCode, reportAndExit, UsageError } from "./usage";

/** `npm run --silent intake -- <payload.json> [--existing <records.json>]`: see docs/cli.md. */
const USAGE = "Usage: intake <payload.json> [--existing <records.json>]";
/** Tables an --existing file may seed, in an order where lookups point at rows already loaded. */
const SEEDABLE = ["contact", "socialprofile", "socialactivity"];

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

function parseArgs(args: string[]): { payload: string; existing?: string } {
  const positional: string[] = [];
  let existing: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === "--existing") {
      existing = args[i + 1];
      if (!existing) throw new UsageError(USAGE);
      i += 1;
    } else positional.push(args[i]);
  }
  if (positional.length !== 1) throw new UsageError(USAGE);
  return { payload: positional[0], existing };
}

async function seedExisting(file: string, seed: (table: string, records: RecordData[]) => void): Promise<void> {
  const { value: content, repeatedKeys } = await readJson(file, MAX_EXISTING_BYTES);
  // As the Web API's reader does: a key given twice is refused, not read as its last value.
  if (repeatedKeys.length > 0) throw new UsageError(`${inputName(file)}: ${repeatedKeys[0]} is given twice in one object: keep one.`);
  if (!isJsonObject(content)) throw new UsageError(`${file} must hold an object of arrays: { "contact": [...], "socialprofile": [...] }.`);
  const unknown = Object.keys(content).find((table) => !SEEDABLE.includes(table));
  if (unknown) throw new UsageError(`${file}: unknown table "${unknown}" (expected ${SEEDABLE.join(", ")}).`);
  for (const table of SEEDABLE) {
    const records = content[table];
    if (records === undefined) continue;
    if (!Array.isArray(records)) throw new UsageError(`${file}: "${table}" must be an array of records.`);
    records.forEach((record: unknown, index) => {
      if (!isJsonObject(record)) throw new UsageError(`${file}: ${table} record ${index} is not an object.`);
      try {
        seed(table, [record as RecordData]);
      } catch (error) {
        throw new UsageError(`${file}: ${table} record ${index}: ${describeFailure(error)}`);
      }
    });
  }
}

async function main(args: string[]): Promise<number> {
  const options = parseArgs(args);
  const payload = await readJson(options.payload, MAX_PAYLOAD_BYTES);
  const describe = createDescriber();
  const unread = readingDiagnostics(payload, MAX_PAYLOAD_BYTES);
  if (unread.length > 0) {
    // Refused as it is read, like the Web API's reader does, before any rule runs.
    process.stdout.write(`${JSON.stringify({ valid: false, diagnostics: unread.map(describe) }, null, 2)}\n`);
    return ExitCode.Invalid;
  }
  const { client, service } = createEmbeddedOrganization();
  if (options.existing) await seedExisting(options.existing, (table, records) => client.seed(table, records));
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
