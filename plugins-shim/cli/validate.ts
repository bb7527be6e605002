import { VALIDATED_TABLES } from "../pipeline/validationSteps";
import { createDescriber } from "./messages";
import { ExitCode, reportAndExit, UsageError } from "./usage";
import { validateFile } from "./validateRecords";

/** `npm run --silent validate -- <table> <file.json>`: see docs/cli.md. */
const USAGE = `Usage: validate <${VALIDATED_TABLES.join("|")}> <file.json>`;

async function main(args: string[]): Promise<number> {
  const [table, file, ...rest] = args;
  if (!table || !file || rest.length > 0) throw new UsageError(USAGE);
  if (!(VALIDATED_TABLES as readonly string[]).includes(table)) throw new UsageError(`Unknown table "${table}". ${USAGE}`);
  const allValid = await validateFile(table, file, process.stdout, createDescriber());
  return allValid ? ExitCode.Valid : ExitCode.Invalid;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, reportAndExit);
