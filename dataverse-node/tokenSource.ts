import type { TokenCredential } from "@azure/identity";

/**
 * The one place a token is handled: asked of the credential for the org's scope, handed to the
 * Web API library as its `onTokenRefresh` answer, and nowhere else — never returned to callers,
 * logged, put in an error or written to disk. The credential caches and renews tokens itself
 * (in memory), so asking before each request costs nothing while the token is fresh.
 */

export class SignInError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SignInError";
  }
}

export function tokenSource(credential: TokenCredential, scope: string): () => Promise<string> {
  return async () => {
    let token: { token: string } | null;
    try {
      token = await credential.getToken(scope);
    } catch (reason) {
      // The SDK's messages say what is missing (a variable, `az login`…); they never hold a token.
      const detail = reason instanceof Error ? reason.message : String(reason);
      throw new SignInError(`Sign-in failed for ${scope}: ${detail}`);
    }
    if (!token?.token) throw new SignInError(`Sign-in gave no token for ${scope}.`);
    return token.token;
  };
}
