/**
 * True when two plain objects (or arrays) hold the same values under the same keys (Object.is), or
 * are both the same object / both undefined. The controls' "unchanged?" checks (the card's props,
 * the gallery's query, column map, profile, owner, total, view props) all ask this, so that
 * unchanged data keeps its object identity and React skips the render.
 */
export function sameValues<T extends object>(a: T | undefined, b: T | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a) as (keyof T)[];
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}
