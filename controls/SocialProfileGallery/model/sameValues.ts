/**
 * True when two plain objects hold the same values under the same keys (compared with ===), or
 * are both the same object / both undefined. The gallery's "unchanged?" checks (query, column map,
 * profile, owner, total, view props) all ask this, so that unchanged data keeps its object identity.
 */
export function sameValues<T extends object>(a: T | undefined, b: T | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a) as (keyof T)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
