/** Reads a JSON object's keys case-insensitively: `Notes` / `notes`, `isretweet` / `isRetweet`. */
export type JsonObject = Readonly<Record<string, unknown>>;

export const isJsonObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

export interface Found {
  /** The key as spelled in the payload, for diagnostics the author can find. */
  key: string;
  value: unknown;
}

/** The first of `names` present in `object` (compared case-insensitively), or undefined. */
export function readKey(object: JsonObject, ...names: string[]): Found | undefined {
  const wanted = names.map((name) => name.toLowerCase());
  for (const name of wanted) {
    const key = Object.keys(object).find((candidate) => candidate.toLowerCase() === name);
    if (key !== undefined) return { key, value: object[key] };
  }
  return undefined;
}

/**
 * Keys spelled more than once in different letter case (`posturl` and `PostUrl`), or under two
 * names that mean the same (`aliases`): reading one of them would silently drop the other.
 */
export function caseVariantKeys(object: JsonObject, aliases: readonly (readonly string[])[] = []): string[][] {
  const canonical = new Map<string, string>();
  for (const group of aliases) for (const name of group) canonical.set(name.toLowerCase(), group[0].toLowerCase());
  const groups = new Map<string, string[]>();
  for (const key of Object.keys(object)) {
    const lower = key.toLowerCase();
    const name = canonical.get(lower) ?? lower;
    // Appended in place: copying the group for each key made n spellings of one key cost n².
    const group = groups.get(name);
    if (group) group.push(key);
    else groups.set(name, [key]);
  }
  return [...groups.values()].filter((keys) => keys.length > 1);
}
