import {
  AzureCliCredential,
  DeviceCodeCredential,
  DeviceCodeInfo,
  EnvironmentCredential,
  ManagedIdentityCredential,
} from "@azure/identity";
import type { TokenCredential } from "@azure/identity";
import type { SignInKind } from "./signInKinds";

/**
 * Sign-in with the Azure SDK's own credentials (@azure/identity), one kind a run:
 * - `device-code` (default): a person signs in in any browser with the code printed on stderr;
 *   the app is the SDK's default public client unless `AZURE_CLIENT_ID` names the org's own, and
 *   `AZURE_TENANT_ID` pins the tenant ("organizations" otherwise).
 * - `environment`: an app registration, read from the variables EnvironmentCredential documents —
 *   AZURE_TENANT_ID and AZURE_CLIENT_ID with AZURE_CLIENT_SECRET, or with
 *   AZURE_CLIENT_CERTIFICATE_PATH (and AZURE_CLIENT_CERTIFICATE_PASSWORD). The app must be an
 *   application user of the environment.
 * - `azure-cli`: the account `az login` signed in.
 * - `managed-identity`: when hosted in Azure; `AZURE_CLIENT_ID` picks a user-assigned identity.
 *
 * Tokens stay in memory: no token cache persistence is turned on (the SDK persists nothing unless
 * asked), and this project never prints or writes one (tokenSource.ts).
 */

export { isSignInKind, SIGN_IN_KINDS } from "./signInKinds";
export type { SignInKind } from "./signInKinds";

export interface CredentialOptions {
  /** Where the device code's instructions go (stderr in the CLI); they hold a one-time code, not a token. */
  prompt?: (message: string) => void;
  env?: Readonly<Record<string, string | undefined>>;
}

export function createCredential(kind: SignInKind = "device-code", options: CredentialOptions = {}): TokenCredential {
  const env = options.env ?? process.env;
  const clientId = env.AZURE_CLIENT_ID || undefined;
  switch (kind) {
    case "device-code":
      return new DeviceCodeCredential({
        tenantId: env.AZURE_TENANT_ID || undefined,
        clientId,
        userPromptCallback: (info: DeviceCodeInfo) => (options.prompt ?? ((message) => process.stderr.write(`${message}\n`)))(info.message),
      });
    case "environment":
      return new EnvironmentCredential();
    case "azure-cli":
      return new AzureCliCredential({ tenantId: env.AZURE_TENANT_ID || undefined });
    case "managed-identity":
      return clientId ? new ManagedIdentityCredential({ clientId }) : new ManagedIdentityCredential();
  }
}
