import type { DataverseClient } from "../plugins-shim/client";
import { connect, isSignInKind } from "../dataverse-node";
import { readConfig } from "./config";
import { createWebhookHandler } from "./handler";
import { startWebhookHost } from "./host";
import { jsonLog } from "./log";

/**
 * `npm run serve`: the webhook host on PORT (server/config.ts lists the settings). Stops on
 * SIGTERM or SIGINT after the requests in flight are answered.
 */
async function main(): Promise<void> {
  const log = jsonLog();
  const config = readConfig(process.env);
  if (!isSignInKind(config.signIn)) throw new Error(`DATAVERSE_SIGN_IN is not a sign-in kind: ${config.signIn}`);
  const client = config.org ? connect({ org: config.org, signIn: config.signIn }).client : noOrg();
  if (!config.org) log("warn", "no DATAVERSE_URL: validation runs; steps that read or write Dataverse answer 503");
  const host = await startWebhookHost({ handler: createWebhookHandler({ client, log }), auth: config.auth, port: config.port, hostname: config.hostname, maxBodyBytes: config.maxBodyBytes, log });
  const stop = (signal: string) => {
    log("info", "stopping", { signal });
    void host.close().then(() => log("info", "stopped"));
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}

/** Without an org every Web API call fails, as a 503 the handler logs. */
function noOrg(): DataverseClient {
  const refuse = () => Promise.reject(Object.assign(new Error("No DATAVERSE_URL configured."), { status: 503 }));
  return { createRecord: refuse, updateRecord: refuse, deleteRecord: refuse, retrieveRecord: refuse, retrieveMultipleRecords: refuse };
}

main().catch((error: unknown) => {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: "error", message: error instanceof Error ? error.message : String(error) })}\n`);
  process.exitCode = 2;
});
