import { parseArgs } from "node:util";
import type { DataverseClient } from "../plugins-shim/client";
import { connect, isSignInKind, OrgUrlError } from "../dataverse-node";
import { applyRegistration, applyRemoval, AuthKind, describeWrite, planRegistration, planRemoval, RegistrationInput } from "./registration";

/**
 * `WEBHOOK_KEY=… npm run register -- --org https://<org>.crm.dynamics.com --url https://<host>/
 * [--auth HttpHeader|WebhookKey] [--header x-webhook-key] [--sign-in kind] [--dry-run] [--remove]`
 *
 * Registers the webhook host (server/registration.ts says which rows). The key comes from
 * WEBHOOK_KEY only: an argument shows in `ps` and in shell history. It is written to
 * serviceendpoint.authvalue and never printed (dry-run masks it).
 * Exit codes: 0 done, 1 the org refused, 2 usage.
 */

export interface RegisterIo {
  env: Readonly<Record<string, string | undefined>>;
  out: (line: string) => void;
  /** The Web API client for the org (tests pass one over the double). */
  clientFor?: (org: string | undefined, signIn: string) => DataverseClient;
}

export class UsageError extends Error {}

const USAGE =
  "Usage: WEBHOOK_KEY=<key> npm run register -- --org <org url> --url https://<host>/ [--auth HttpHeader|WebhookKey] [--header <name>] [--sign-in <kind>] [--dry-run] [--remove]";

/** Dataverse calls webhooks over 443 or 80 ("Register a WebHook"): https, but for loopback (the tests' host). */
export function checkEndpointUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--url is not a URL: ${text}`);
  }
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(loopback && url.protocol === "http:")) throw new UsageError("--url must start with https://");
  if (url.username || url.password || url.searchParams.has("code"))
    throw new UsageError("--url must not carry credentials: pass the key in WEBHOOK_KEY.");
  return url.toString();
}

export async function runRegister(args: string[], io: RegisterIo): Promise<number> {
  // Named before parseArgs would echo it back as an unknown option; the value is never repeated.
  if (args.some((arg) => arg === "--key" || arg.startsWith("--key="))) {
    throw new UsageError("--key is not taken: a key on the command line shows in `ps` and in shell history. Set WEBHOOK_KEY instead.");
  }
  const { values } = parseArgs({
    args,
    options: {
      org: { type: "string" },
      url: { type: "string" },
      auth: { type: "string", default: "HttpHeader" },
      header: { type: "string" },
      "sign-in": { type: "string", default: "device-code" },
      "dry-run": { type: "boolean", default: false },
      remove: { type: "boolean", default: false },
    },
    strict: true,
  });
  const signIn = values["sign-in"]!;
  if (!isSignInKind(signIn)) throw new UsageError(`--sign-in is not a sign-in kind: ${signIn}`);
  const connectTo = () => (io.clientFor ?? defaultClient)(values.org, signIn);
  const dryRun = values["dry-run"]!;

  if (values.remove) {
    const client = connectTo();
    const plan = await planRemoval(client);
    if (plan.length === 0) io.out("Nothing registered: nothing to remove.");
    for (const write of plan) io.out(`${dryRun ? "would " : ""}${describeWrite(write)}`);
    if (!dryRun) await applyRemoval(client, plan);
    return 0;
  }

  if (!values.url) throw new UsageError(`--url is required.\n${USAGE}`);
  const key = io.env.WEBHOOK_KEY;
  if (!key || key.length < 16) throw new UsageError("Set WEBHOOK_KEY to the webhook key (16 characters or more, as the host requires).");
  if (values.auth !== "HttpHeader" && values.auth !== "WebhookKey") throw new UsageError("--auth is HttpHeader or WebhookKey.");
  const input: RegistrationInput = {
    url: checkEndpointUrl(values.url),
    key,
    auth: values.auth as AuthKind,
    header: values.header ?? io.env.WEBHOOK_HEADER ?? "x-webhook-key",
  };
  const client = connectTo();
  const plan = await planRegistration(client, input);
  for (const write of plan) io.out(`${dryRun ? "would " : ""}${describeWrite(write)}`);
  if (dryRun) return 0;
  const endpoint = await applyRegistration(client, input, plan);
  const count = (table: string) => plan.filter((write) => write.table === table).length;
  io.out(
    `Registered: serviceendpoint ${endpoint}, ${count("sdkmessageprocessingstep")} steps and ${count("sdkmessageprocessingstepimage")} pre-images.`,
  );
  return 0;
}

function defaultClient(org: string | undefined, signIn: string): DataverseClient {
  return connect({ org, signIn: signIn as Parameters<typeof connect>[0]["signIn"] }).client;
}

if (require.main === module) {
  runRegister(process.argv.slice(2), { env: process.env, out: (line) => process.stdout.write(`${line}\n`) }).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      // Errors from the Web API carry code, message and status only (dataverse-node/httpErrors.ts): never the key.
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      const usage =
        error instanceof UsageError ||
        error instanceof OrgUrlError ||
        String((error as { code?: string })?.code).startsWith("ERR_PARSE_ARGS");
      process.exitCode = usage ? 2 : 1;
    },
  );
}
