import { clientFor, noOrg } from "./clientFor";
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
  const client = clientFor(config);
  if (!client) log("warn", "no DATAVERSE_URL: validation runs; steps that read or write Dataverse answer 503");
  const host = await startWebhookHost({
    handler: createWebhookHandler({ client: client ?? noOrg(), log }),
    auth: config.auth,
    port: config.port,
    hostname: config.hostname,
    maxBodyBytes: config.maxBodyBytes,
    log,
  });
  const stop = (signal: string) => {
    log("info", "stopping", { signal });
    void host.close().then(() => log("info", "stopped"));
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${JSON.stringify({ time: new Date().toISOString(), level: "error", message: error instanceof Error ? error.message : String(error) })}\n`,
  );
  process.exitCode = 2;
});
