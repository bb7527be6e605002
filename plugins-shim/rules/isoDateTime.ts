/**
 * Strict ISO 8601 date-times as the Web API takes them: `YYYY-MM-DD`, optionally `THH:mm`,
 * `:ss`, `.fff` and an offset (`Z` or `±HH:mm`). `Date.parse` rolls 2016-02-30 over to March 1st
 * and takes years Dataverse can't store; this checks every field and the range Dataverse's
 * date-time columns hold: 1753-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z (UTC).
 */

export const DATAVERSE_MIN_DATE = Date.UTC(1753, 0, 1);
export const DATAVERSE_MAX_DATE = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export type DateTimeVerdict = { ok: true; date: Date } | { ok: false; reason: "format" | "range" };

// Anchored, no nested quantifiers: linear on any input.
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `offsetRequired`: a time and a Z / ±HH:mm offset must be present (payload timestamps). */
export function parseIsoDateTime(text: string, options: { offsetRequired?: boolean } = {}): DateTimeVerdict {
  const match = SHAPE.exec(text);
  if (!match) return { ok: false, reason: "format" };
  const [, y, mo, d, h, mi, s, fraction, offset] = match;
  if (options.offsetRequired && !offset) return { ok: false, reason: "format" };
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: "format" };
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, reason: "format" };
  let offsetMinutes = 0;
  if (offset && offset !== "Z") {
    const offsetHours = Number(offset.slice(1, 3));
    const offsetMins = Number(offset.slice(-2));
    if (offsetHours > 14 || offsetMins > 59) return { ok: false, reason: "format" };
    offsetMinutes = (offset[0] === "-" ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const milliseconds = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear keeps the year as written.
  const utc = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, milliseconds));
  utc.setUTCFullYear(year);
  const time = utc.getTime() - offsetMinutes * 60_000;
  if (time < DATAVERSE_MIN_DATE || time > DATAVERSE_MAX_DATE) return { ok: false, reason: "range" };
  return { ok: true, date: new Date(time) };
}
