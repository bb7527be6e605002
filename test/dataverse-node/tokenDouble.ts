import type { AccessToken, GetTokenOptions, TokenCredential } from "@azure/identity";

/** A TokenCredential double: hands out a made-up token and records the scopes asked for. No sign-in happens. */
export class TokenDouble implements TokenCredential {
  readonly scopes: string[] = [];
  constructor(
    readonly token = `made-up-token-${Math.random().toString(36).slice(2)}`,
    private readonly failure?: Error,
  ) {}

  async getToken(scopes: string | string[], _options?: GetTokenOptions): Promise<AccessToken | null> {
    this.scopes.push(...(Array.isArray(scopes) ? scopes : [scopes]));
    if (this.failure) throw this.failure;
    return { token: this.token, expiresOnTimestamp: Date.now() + 3600_000 };
  }
}
