/**
 * GUIDs as Dataverse reads and writes them: 32 hex digits in 8-4-4-4-12 groups, any case, with
 * or without one pair of braces (.NET's "D" and "B" formats: `Guid.Parse` accepts both, the Web
 * API and `context.webAPI` write "D" in lower case, forms and exports write "{B}" in upper case).
 * Dependency-free on purpose: the wizard and forms.js bundles import it alone.
 */

/** The "D" format's digits, for patterns that find a GUID inside a longer text (a Web API key segment). */
export const GUID_DIGITS = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

const GUID = new RegExp(`^(?:${GUID_DIGITS}|\\{${GUID_DIGITS}\\})$`, "i");

/** The empty GUID (Guid.Empty): no record or user has it; hosts hand it for "nobody" (pcf-start's user). */
export const NIL_GUID = "00000000-0000-0000-0000-000000000000";

/** "3f2504e0-4f89-11d3-9a0c-0305e82c3301", any case, braces optional but paired. */
export const isGuid = (value: unknown): value is string => typeof value === "string" && GUID.test(value);

/** A GUID as the Web API writes it and as ids compare: without braces, lower case ("{3F25…}" → "3f25…"). */
export const normalizeGuid = (id: string): string => id.replace(/[{}]/g, "").toLowerCase();

/** Two ids name the same record or principal (case and braces aside). */
export const sameGuid = (a: string, b: string): boolean => normalizeGuid(a) === normalizeGuid(b);

/** The GUID in its compared form, or undefined when `value` is not a GUID. */
export const guidOrUndefined = (value: unknown): string | undefined => (isGuid(value) ? normalizeGuid(value) : undefined);

/** A GUID that can name a record or a user: not the empty GUID. */
export const isRealGuid = (value: unknown): value is string => isGuid(value) && normalizeGuid(value) !== NIL_GUID;
