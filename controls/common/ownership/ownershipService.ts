import type { OwnershipClient } from "./ownershipImports";

/** What the view needs of the ownership client (tests and hosts pass `OwnershipClient` itself). */
export type OwnershipService = Pick<
  OwnershipClient,
  "userId" | "read" | "rights" | "candidates" | "cascadeCount" | "takeOver" | "assign" | "share" | "changeShare" | "stopSharing" | "delete"
>;

/** `getString` plus `{name}` placeholders, and the error text with its support code. */
export interface OwnershipText {
  (key: string, params?: Readonly<Record<string, string | number>>): string;
}
