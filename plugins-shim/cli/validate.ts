import { VALIDATED_TABLES } from "../pipeline/validationSteps";
import { createDescriber } from "./messages";
import { ExitCode, isHelp, reportAndExit, UsageError } from "./usage";
import { validateFile } from "./validateRecords";

/** `npm run --silent validate -- <table> <file.json>`: see docs/cli.md. */
const USAGE = `Usage: validate <${VALIDATED_TABLES.join("|")}> <file.json>`;

const HELP = [
  "Checks each record of a JSON file (one record or an array of records, column logical names as the",
  "Web API takes them) as a create, and prints one entry per record. - reads standard input.",
  "Exit codes: 0 all valid, 1 something invalid, 2 usage error or unreadable input. See docs/cli.md.",
].join("\n");

async function main(args: string[]): Promise<number> {
  if (args.some(isHelp)) {
    process.stdout.write(`${USAGE}\n${HELP}\n`);
    return ExitCode.Valid;
  }
  const [table, file, ...rest] = args;
  if (!table || !file || rest.length > 0) throw new UsageError(USAGE);
  if (!(VALIDATED_TABLES as readonly string[]).includes(table)) throw new UsageError(`Unknown table "${table}". ${USAGE}`);
  const allValid = await validateFile(table, file, process.stdout, createDescriber());
  return allValid ? ExitCode.Valid : ExitCode.Invalid;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, reportAndExit);
