/**
 * Numbers as the user reads them in Dynamics 365: the user's own separators (Personalization
 * settings → Formats, which reach a control as `userSettings.numberFormattingInfo`) and the host's
 * full formatting (`context.formatting`). Intl only contributes the compact magnitude ("12K",
 * "1,2 Md", "1.2万") in the UI language; its separators are replaced by the user's.
 * Formatters are cached per locale because a gallery formats thousands of counts.
 */

/** What a host knows about the user's number format. Every member optional: Intl fills the gaps. */
export interface HostNumberFormat {
  /** numberFormattingInfo.numberGroupSeparator ("." for a German user, " " for a French one). */
  groupSeparator?: string;
  /** numberFormattingInfo.numberDecimalSeparator. */
  decimalSeparator?: string;
  /** context.formatting.formatInteger: the exact count as the platform formats it. */
  formatInteger?: (value: number) => string;
  /** context.formatting.formatDecimal. */
  formatDecimal?: (value: number, precision?: number) => string;
}

export interface FormattedNumber {
  /** What the card shows: compact form ("12K", "1,2 M", "1.2万"). */
  short: string;
  /** The exact value, grouped per the user's format ("12,345"). */
  exact: string;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** "compact" ("12K"), or the most fraction digits of a full number. */
type NumberStyle = "compact" | number;

/**
 * `value` through Intl's formatter for `style` (cached), with its group and decimal separators
 * replaced by the user's. With a host format, digits follow the host's full numbers (Dataverse
 * formats with Latin digits), so "12K" and its exact tooltip never mix Arabic-Indic and Latin digits.
 */
function intlFormat(value: number, locale: string, style: NumberStyle, host: HostNumberFormat | undefined): string {
  // A fixed key, not the options serialized: this runs for every count of every visible card.
  const key = `${locale}|${style}|${host ? "latn" : ""}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // Grouping always: compact notation groups only from five digits by default ("4458" beside
    // "15.838" in German, "4458" in Japanese), and Dataverse's formatInteger groups every
    // thousand ("4.458"): the card's short and exact figures and the status line agree.
    const options: Intl.NumberFormatOptions =
      style === "compact" ? { notation: "compact", useGrouping: true } : { maximumFractionDigits: style, useGrouping: true };
    formatter = new Intl.NumberFormat(locale, host ? { ...options, numberingSystem: "latn" } : options);
    formatters.set(key, formatter);
  }
  if (!host?.groupSeparator && !host?.decimalSeparator) return formatter.format(value);
  return formatter
    .formatToParts(value)
    .map((part) =>
      part.type === "group"
        ? (host.groupSeparator ?? part.value)
        : part.type === "decimal"
          ? (host.decimalSeparator ?? part.value)
          : part.value,
    )
    .join("");
}

/** A whole-number column (follower, following, friend count). Negative values are valid metadata-wise and shown as such. Null → undefined (the card shows "—"). */
export function formatCount(value: number | null | undefined, locale: string, host?: HostNumberFormat): FormattedNumber | undefined {
  if (value == null || !Number.isFinite(value)) return undefined;
  return { short: intlFormat(value, locale, "compact", host), exact: formatWhole(value, locale, host) };
}

/** A whole number in full ("12,345"), as the user's format writes it: counts, a gallery's totals. */
export function formatWhole(value: number, locale: string, host?: HostNumberFormat): string {
  return host?.formatInteger ? host.formatInteger(value) : intlFormat(value, locale, 0, host);
}

/** A decimal column such as the influence score: up to `fractionDigits` places, grouped per the user's format. */
export function formatDecimal(
  value: number | null | undefined,
  locale: string,
  fractionDigits: number,
  host?: HostNumberFormat,
): string | undefined {
  if (value == null || !Number.isFinite(value)) return undefined;
  // The host's formatDecimal pads to `precision` places ("42.50"); a score reads better as "42.5".
  if (host?.formatDecimal) return host.formatDecimal(value, Number.isInteger(value) ? 0 : decimalsOf(value, fractionDigits));
  return intlFormat(value, locale, fractionDigits, host);
}

/** Places actually needed to show `value` rounded to at most `max` places (42.5 → 1, 42.567 → 2). */
function decimalsOf(value: number, max: number): number {
  const rounded = Number(value.toFixed(max));
  for (let places = 0; places < max; places++) if (Number(rounded.toFixed(places)) === rounded) return places;
  return max;
}
