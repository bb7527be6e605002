/** The kinds of sign-in (credentials.ts builds each), apart so a command parses its flags without loading the Azure SDK. */
export const SIGN_IN_KINDS = ["device-code", "environment", "azure-cli", "managed-identity"] as const;
export type SignInKind = (typeof SIGN_IN_KINDS)[number];

export const isSignInKind = (value: string): value is SignInKind => (SIGN_IN_KINDS as readonly string[]).includes(value);
