import { app } from "@azure/functions";
import { clientFor, noOrg } from "../clientFor";
import { readConfig } from "../config";
import { createWebhookHandler } from "../handler";
import { jsonLog } from "../log";
import { functionsHandler } from "./adapter";

/**
 * The Azure Functions v4 app's entry: settings from the app settings (the same names as
 * `npm run serve`, server/config.ts; DATAVERSE_SIGN_IN=managed-identity in Azure), one HTTP
 * function at /api/dataverse-webhook. PORT and HOST are the runtime's, not read here.
 */
const config = readConfig(process.env);
const log = jsonLog();
const client = clientFor(config);
if (!client) log("warn", "no DATAVERSE_URL: validation runs; steps that read or write Dataverse answer 503");

app.http("dataverse-webhook", {
  methods: ["POST"],
  authLevel: "anonymous",
  handler: functionsHandler({
    handler: createWebhookHandler({ client: client ?? noOrg(), log }),
    auth: config.auth,
    maxBodyBytes: config.maxBodyBytes,
  }),
});
