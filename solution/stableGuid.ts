import { createHash } from "node:crypto";

/** Namespace of this solution's name-based GUIDs (random once, fixed forever). */
const NAMESPACE = "6f1c2b0e-7d4a-4c55-9a3e-2b8f0c6d41a7";

/**
 * A name-based (RFC 4122 version 5) GUID: the same component name gives the same id in every
 * build, so upgrades recognise a web resource instead of adding a second one.
 */
export function stableGuid(name: string): string {
  const namespaceBytes = Buffer.from(NAMESPACE.replace(/-/g, ""), "hex");
  const hash = createHash("sha1").update(namespaceBytes).update(name, "utf8").digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
