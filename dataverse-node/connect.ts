import type { TokenCredential } from "@azure/identity";
import { createCredential, SignInKind } from "./credentials";
import { NodeDataverseClient, NodeDataverseClientOptions } from "./nodeDataverseClient";
import { OrgTarget, OrgUrlError, resolveOrg } from "./orgUrl";
import { tokenSource } from "./tokenSource";

/**
 * The Node connection in one call: the org from `--org` or DATAVERSE_URL, a credential of the
 * kind asked for (device code by default), a client with bounded concurrency and retries.
 * Building it asks for no token: the first request does.
 */

export interface ConnectOptions extends Pick<NodeDataverseClientOptions, "concurrency" | "timeoutMs" | "signal" | "retry" | "log"> {
  /** The `--org` flag's value; DATAVERSE_URL when absent. */
  org?: string;
  env?: Readonly<Record<string, string | undefined>>;
  signIn?: SignInKind;
  /** A credential to use instead of building one (tests pass a double; nothing real is called). */
  credential?: TokenCredential;
  /** Where the device code's instructions go (default stderr). */
  prompt?: (message: string) => void;
}

export interface Connection {
  org: OrgTarget;
  client: NodeDataverseClient;
}

export function connect(options: ConnectOptions): Connection {
  const env = options.env ?? process.env;
  const org = resolveOrg(options.org, env);
  if (!org) throw new OrgUrlError("No org given: pass --org https://<org>.crm.dynamics.com or set DATAVERSE_URL.");
  const credential = options.credential ?? createCredential(options.signIn, { env, prompt: options.prompt });
  const client = new NodeDataverseClient({
    org,
    getToken: tokenSource(credential, org.scope),
    concurrency: options.concurrency,
    timeoutMs: options.timeoutMs,
    signal: options.signal,
    retry: options.retry,
    log: options.log,
  });
  return { org, client };
}
