import { runValidate } from "./validateCommand";
import { reportAndExit } from "./usage";

/** `npm run --silent validate -- <table> <file.json>`: see docs/cli.md and validateCommand.ts. */
runValidate(process.argv.slice(2), {
  out: process.stdout,
  env: process.env,
  note: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  process.exitCode = code;
}, reportAndExit);
