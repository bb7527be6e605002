import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { RecordData } from "../client";
import { runIntake } from "../intake";
import { isJsonObject } from "../intake/readKeys";
import { createEmbeddedOrganization } from "../pipeline";
import { createDescriber } from "./messages";
import { decodeStrictly } from "./readText";
import { describeFailure, ExitCode, reportAndExit, UsageError } from "./usage";

/** `npm run --silent intake -- <payload.json> [--existing <records.json>]`: see docs/cli.md. */
const USAGE = "Usage: intake <payload.json> [--existing <records.json>]";
/** Tables an --existing file may seed, in an order where lookups point at rows already loaded. */
const SEEDABLE = ["contact", "account", "socialprofile", "socialactivity"];

/**
 * Whole-file reads have a cap, checked on the open file before a byte is read: a payload is one
 * post (its JSON is kept in an 8,192-character column), an --existing file a test organization.
 */
export const MAX_PAYLOAD_BYTES = 1024 * 1024;
export const MAX_EXISTING_BYTES = 64 * 1024 * 1024;

function readJson(file: string, maxBytes: number): unknown {
  let bytes: Buffer;
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, "r");
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) throw new UsageError(`Cannot read ${file}: it is a directory.`);
    if (stats.size > maxBytes) {
      throw new UsageError(`${file} is ${stats.size.toLocaleString("en-US")} bytes; the limit is ${maxBytes.toLocaleString("en-US")}.`);
    }
    bytes = readFileSync(descriptor);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`Cannot read ${file}: ${code === "EISDIR" ? "it is a directory." : code ?? describeFailure(error)}`);
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
  const text = decodeStrictly(file, bytes);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
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

function seedExisting(file: string, seed: (table: string, records: RecordData[]) => void): void {
  const content = readJson(file, MAX_EXISTING_BYTES);
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
  const payload = readJson(options.payload, MAX_PAYLOAD_BYTES);
  const { client, service } = createEmbeddedOrganization();
  if (options.existing) seedExisting(options.existing, (table, records) => client.seed(table, records));
  const result = await runIntake(service, payload);
  const describe = createDescriber();
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
