/**
 * The user's number format as a host hands it to a control, for the fakes (no jest, no Node APIs:
 * the playground and the browser benchmark use it too).
 *
 * Source: Microsoft's pcf-start harness (node_modules/pcf-start/harness.js). Its
 * `userSettings.numberFormattingInfo` is `formattingData.numberFormatInfo`, an en-US .NET
 * NumberFormatInfo carried in both PascalCase and camelCase ("numberGroupSeparator: ',',
 * numberDecimalSeparator: '.', numberGroupSizes: [3], numberDecimalDigits: 2, …"); its
 * `formatting.formatInteger(value)` is `formatDecimalValue(value, currentCulture, 0)` and
 * `formatDecimal(value, precision)` the "N" format with the same info (precision undefined:
 * NumberDecimalDigits), so both write the separators of that same object. PCF reference
 * "NumberFormattingInfo" (userSettings) and "Formatting" document the members. A model-driven
 * host fills the object from the user's Personalization settings → Formats, which is why the
 * separators are an option here.
 */

export interface Separators {
  group: string;
  decimal: string;
}

/** pcf-start's en-US separators. */
export const HARNESS_SEPARATORS: Separators = { group: ",", decimal: "." };

/**
 * The separators of a user whose Formats follow `locale` (Dataverse offers formats by region), as
 * Intl writes them: the playground's default when it switches language, so that a French user
 * sees "12 345,6" the way a real host would hand it. Latin digits, as formatWithSeparators writes.
 */
export function separatorsOf(locale: string): Separators {
  const parts = new Intl.NumberFormat(locale, { numberingSystem: "latn" }).formatToParts(12345.6);
  const part = (type: Intl.NumberFormatPartTypes) => parts.find((found) => found.type === type)?.value;
  return { group: part("group") ?? HARNESS_SEPARATORS.group, decimal: part("decimal") ?? HARNESS_SEPARATORS.decimal };
}

/** The "N" format of pcf-start's formatter: groups of three, `precision` places, the given separators (Latin digits). */
export function formatWithSeparators(value: number, precision: number, separators: Separators): string {
  return new Intl.NumberFormat("en-US", { minimumFractionDigits: precision, maximumFractionDigits: precision })
    .formatToParts(value)
    .map((part) => (part.type === "group" ? separators.group : part.type === "decimal" ? separators.decimal : part.value))
    .join("");
}

/** `userSettings.numberFormattingInfo` and `context.formatting`'s number members, consistent with each other. */
export function hostNumberFormatting(separators: Separators = HARNESS_SEPARATORS) {
  const numberFormattingInfo = {
    numberDecimalDigits: 2,
    numberDecimalSeparator: separators.decimal,
    numberGroupSeparator: separators.group,
    numberGroupSizes: [3],
    numberNegativePattern: 1,
    negativeSign: "-",
    positiveSign: "+",
    nativeDigits: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
  };
  const formatting = {
    formatInteger: (value: number): string => formatWithSeparators(value, 0, separators),
    formatDecimal: (value: number, precision?: number): string =>
      formatWithSeparators(value, precision ?? numberFormattingInfo.numberDecimalDigits, separators),
  };
  return { numberFormattingInfo, formatting };
}
