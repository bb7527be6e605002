/**
 * How many records the gallery can say it holds. `paging.totalResultCount` is -1 when the
 * platform does not know, and Dataverse stops counting at 5,000 (the total-record-count limit),
 * so a figure at the cap means "at least". Only a figure exactly at the cap: one above it was
 * counted by a host that does not stop there, and is as exact as any other (20,000 is 20,000).
 */
export const TOTAL_COUNT_CAP = 5000;

export type TotalCount =
  | { kind: "exact"; loaded: number; total: number }
  | { kind: "atLeast"; loaded: number; total: number }
  | { kind: "unknown"; loaded: number; more: boolean };

export function totalCount(loaded: number, totalResultCount: number | undefined, hasNextPage: boolean): TotalCount {
  const total = totalResultCount ?? -1;
  if (!Number.isFinite(total) || total < 0 || total < loaded) return { kind: "unknown", loaded, more: hasNextPage };
  if (total === TOTAL_COUNT_CAP && (hasNextPage || total > loaded)) return { kind: "atLeast", loaded, total };
  return { kind: "exact", loaded, total };
}
