import { readFileSync } from "node:fs";
import { RecordData } from "../client";
import { runIntake } from "../intake";
import { isJsonObject } from "../intake/readKeys";
import { createEmbeddedOrganization } from "../pipeline";
import { createDescriber } from "./messages";
import { ExitCode, reportAndExit, UsageError } from "./usage";

/** `npm run --silent intake -- <payload.json> [--existing <records.json>]`: see docs/cli.md. */
const USAGE = "Usage: intake <payload.json> [--existing <records.json>]";
/** Tables an --existing file may seed, in an order where lookups point at rows already loaded. */
const SEEDABLE = ["contact", "socialprofile", "socialactivity"];

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
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
  const content = readJson(file);
  if (!isJsonObject(content)) throw new UsageError(`${file} must hold an object of arrays: { "contact": [...], "socialprofile": [...] }.`);
  const unknown = Object.keys(content).find((table) => !SEEDABLE.includes(table));
  if (unknown) throw new UsageError(`${file}: unknown table "${unknown}" (expected ${SEEDABLE.join(", ")}).`);
  for (const table of SEEDABLE) {
    const records = content[table];
    if (records === undefined) continue;
    if (!Array.isArray(records) || !records.every(isJsonObject)) throw new UsageError(`${file}: "${table}" must be an array of records.`);
    try {
      seed(table, records as RecordData[]);
    } catch (error) {
      const message = isJsonObject(error) && typeof error.message === "string" ? error.message : String(error);
      throw new UsageError(`${file}: ${table}: ${message}`);
    }
  }
}

async function main(args: string[]): Promise<number> {
  const options = parseArgs(args);
  const payload = readJson(options.payload);
  const { client, service } = createEmbeddedOrganization();
  if (options.existing) seedExisting(options.existing, (table, records) => client.seed(table, records));
  const result = await runIntake(service, payload);
  const describe = createDescriber();
  const output = {
    valid: result.valid,
    diagnostics: result.diagnostics.map(describe),
    ...(result.error ? { error: { errorCode: result.error.errorCode, message: result.error.message } } : {}),
    socialactivity: result.socialactivity?.record ?? null,
    profile: result.profile,
    contact: result.contact,
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return result.valid ? ExitCode.Valid : ExitCode.Invalid;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, reportAndExit);
