/**
 * Counts as people read them: "12K" in the user's locale, with the exact figure for a tooltip.
 * Formatters are cached per locale because a gallery formats thousands of counts.
 */

export interface FormattedNumber {
  /** What the card shows: compact form ("12K", "1,2 M", "1.2万"). */
  short: string;
  /** The exact value, grouped per locale ("12,345"). */
  exact: string;
}

const compactFormatters = new Map<string, Intl.NumberFormat>();
const exactFormatters = new Map<string, Intl.NumberFormat>();
const decimalFormatters = new Map<string, Intl.NumberFormat>();

function cached(
  cache: Map<string, Intl.NumberFormat>,
  locale: string,
  options: Intl.NumberFormatOptions,
  key = locale,
): Intl.NumberFormat {
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    cache.set(key, formatter);
  }
  return formatter;
}

/** A whole-number column (follower, following, friend count). Negative values are valid metadata-wise and shown as such. Null → undefined (the card shows "—"). */
export function formatCount(value: number | null | undefined, locale: string): FormattedNumber | undefined {
  if (value == null || !Number.isFinite(value)) return undefined;
  return {
    short: cached(compactFormatters, locale, { notation: "compact" }).format(value),
    exact: cached(exactFormatters, locale, { maximumFractionDigits: 0 }).format(value),
  };
}

/** A decimal column such as the influence score: up to `fractionDigits` places, grouped per locale. */
export function formatDecimal(value: number | null | undefined, locale: string, fractionDigits = 2): string | undefined {
  if (value == null || !Number.isFinite(value)) return undefined;
  return cached(decimalFormatters, locale, { maximumFractionDigits: fractionDigits }, `${locale}|${fractionDigits}`).format(value);
}
