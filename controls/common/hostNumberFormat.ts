import type { HostNumberFormat } from "./formatCount";

/**
 * The user's number format from the PCF context: separators from
 * `userSettings.numberFormattingInfo` (the user's Personalization settings → Formats), full numbers
 * from `context.formatting`. Cached while the separators stay the same, so the memoized view gets
 * the very same object on every updateView.
 */
export class HostNumberFormatCache {
  private key: string | undefined;
  private value: HostNumberFormat | undefined;
  private formatting: ComponentFramework.Formatting | undefined;

  public from(context: ComponentFramework.Context<unknown>): HostNumberFormat {
    const info = context.userSettings?.numberFormattingInfo as ComponentFramework.UserSettingApi.NumberFormattingInfo | undefined;
    const groupSeparator = info?.numberGroupSeparator;
    const decimalSeparator = info?.numberDecimalSeparator;
    // The formatting object may be replaced between updates: the functions read the current one.
    this.formatting = context.formatting;
    const hasFormatting = typeof context.formatting?.formatInteger === "function";
    const key = `${context.userSettings?.languageId}|${groupSeparator}|${decimalSeparator}|${hasFormatting}`;
    if (this.value && this.key === key) return this.value;
    this.key = key;
    this.value = {
      groupSeparator,
      decimalSeparator,
      formatInteger: hasFormatting ? (value) => this.formatting!.formatInteger(value) : undefined,
      formatDecimal: hasFormatting ? (value, precision) => this.formatting!.formatDecimal(value, precision) : undefined,
    };
    return this.value;
  }
}
