import type { DataverseClient } from "../plugins-shim/client";
import { connect, isSignInKind } from "../dataverse-node";
import type { HostConfig } from "./config";

/**
 * The Web API client the steps use, as the app user: the Node connection (dataverse-node) when
 * DATAVERSE_URL is set; otherwise one whose every call fails as a 503, so validation (which needs
 * no Dataverse) runs and the steps that read answer 503.
 */
export function clientFor(config: HostConfig): DataverseClient | undefined {
  if (!isSignInKind(config.signIn)) throw new Error(`DATAVERSE_SIGN_IN is not a sign-in kind: ${config.signIn}`);
  return config.org ? connect({ org: config.org, signIn: config.signIn }).client : undefined;
}

export function noOrg(): DataverseClient {
  const refuse = () => Promise.reject(Object.assign(new Error("No DATAVERSE_URL configured."), { status: 503 }));
  return { createRecord: refuse, updateRecord: refuse, deleteRecord: refuse, retrieveRecord: refuse, retrieveMultipleRecords: refuse };
}
