import { runIntakeOrg } from "../../../plugins-shim/cli/intakeOrg";
import { describeFailure } from "../../../plugins-shim/cli/usage";
import { TokenDouble } from "../../dataverse-node/tokenDouble";

/**
 * `intake … --org … --apply` as its own process, for intakeKill.test.ts to kill with SIGKILL: the
 * command's runner with a TokenCredential double (a made-up token from the parent, accepted only
 * by its Web API double on 127.0.0.1) in place of a real sign-in. Everything else is the CLI's.
 */
delete process.env.http_proxy;
const credential = new TokenDouble(process.env.INTAKE_CHILD_TOKEN);
runIntakeOrg(process.argv.slice(2), {
  out: process.stdout,
  env: {},
  note: (line) => process.stderr.write(`${line}\n`),
  connection: { credential },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${describeFailure(error)}\n`);
    process.exitCode = 2;
  },
);
