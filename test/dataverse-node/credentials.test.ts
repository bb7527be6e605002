/** @jest-environment node */
import { AzureCliCredential, DeviceCodeCredential, EnvironmentCredential, ManagedIdentityCredential } from "@azure/identity";
import { createCredential, isSignInKind, SIGN_IN_KINDS } from "../../dataverse-node/credentials";

/** Each kind builds the SDK's own credential. None is asked for a token here: no sign-in, no network. */
describe("createCredential", () => {
  it.each([
    ["device-code", DeviceCodeCredential],
    ["environment", EnvironmentCredential],
    ["azure-cli", AzureCliCredential],
    ["managed-identity", ManagedIdentityCredential],
  ] as const)("%s → %p", (kind, type) => {
    expect(createCredential(kind, { env: { AZURE_TENANT_ID: "00000000-0000-0000-0000-000000000000" } })).toBeInstanceOf(type);
  });

  it("signs a person in with a device code by default", () => {
    expect(createCredential(undefined, { env: {} })).toBeInstanceOf(DeviceCodeCredential);
  });

  it("knows its kinds by name", () => {
    expect(SIGN_IN_KINDS.every(isSignInKind)).toBe(true);
    expect(isSignInKind("password")).toBe(false);
  });
});
