import type { WebhookAuth } from "./auth";

/**
 * The host's settings from the environment (a container's or a VM service's):
 * - PORT (default 8080), HOST (default 127.0.0.1; 0.0.0.0 in a container);
 * - WEBHOOK_KEY (required): the value Dataverse sends, in the header WEBHOOK_HEADER names
 *   (default `x-webhook-key`, registered as HttpHeader) or as `?code=` (registered as WebhookKey);
 * - WEBHOOK_KEY_PREVIOUS (optional): the key being rotated out, accepted as well until Dataverse
 *   sends the new one (docs/admin.md, "To rotate the key"). Like the key, never logged;
 * - WEBHOOK_MAX_BODY_BYTES (default 512 KiB);
 * - DATAVERSE_URL and DATAVERSE_SIGN_IN (default `environment`: an app registration, as
 *   dataverse-node/credentials.ts reads it; `managed-identity` in Azure) for the steps that read or write.
 */
export interface HostConfig {
  port: number;
  hostname: string;
  auth: WebhookAuth;
  maxBodyBytes?: number;
  org?: string;
  signIn: string;
}

export function readConfig(env: Readonly<Record<string, string | undefined>>): HostConfig {
  const key = env.WEBHOOK_KEY;
  // Short keys can be guessed; Dataverse stores whatever the admin registers, so ask for a long one.
  if (!key || key.length < 16) throw new Error("Set WEBHOOK_KEY to the key registered in Dataverse (16 characters or more).");
  const previous = env.WEBHOOK_KEY_PREVIOUS || undefined;
  if (previous !== undefined && previous.length < 16)
    throw new Error("WEBHOOK_KEY_PREVIOUS, when set, is the previous key (16 characters or more).");
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT is not a port: ${env.PORT}`);
  const maxBodyBytes = env.WEBHOOK_MAX_BODY_BYTES === undefined ? undefined : Number(env.WEBHOOK_MAX_BODY_BYTES);
  if (maxBodyBytes !== undefined && !(Number.isInteger(maxBodyBytes) && maxBodyBytes > 0))
    throw new Error("WEBHOOK_MAX_BODY_BYTES must be a positive integer.");
  return {
    port,
    hostname: env.HOST ?? "127.0.0.1",
    auth: {
      header: { name: env.WEBHOOK_HEADER ?? "x-webhook-key", value: key },
      code: key,
      ...(previous === undefined ? {} : { previous }),
    },
    maxBodyBytes,
    org: env.DATAVERSE_URL,
    signIn: env.DATAVERSE_SIGN_IN ?? "environment",
  };
}
