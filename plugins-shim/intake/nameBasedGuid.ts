import { createHash } from "node:crypto";

/**
 * Name-based GUIDs, RFC 9562 §5.5 (version 5): SHA-1 of the namespace's 16 bytes and the name's
 * UTF-8, version 5, variant 10 — the same name in the same namespace gives the same GUID on every
 * run. Intake's row ids (intakeIds.ts) and the solution's stable component ids
 * (solution/stableGuid.ts) use it. Here and not beside rules/guid.ts (parsing and comparing) because
 * it needs node:crypto: intake is Node-only, rules/ is compiled into the bundles.
 */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash("sha1")
    .update(Buffer.from(namespace.replace(/-/g, ""), "hex"))
    .update(name, "utf8")
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
