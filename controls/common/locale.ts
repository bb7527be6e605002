/**
 * The user's language as the host reports it (an LCID) → a BCP 47 locale for Intl and a text
 * direction. The five languages the solution ships are listed; any other LCID falls back to the
 * browser's language, which is the browser's own setting, NOT the user's Dynamics 365 language or
 * format (model-driven apps do not set it). So the locale only picks Intl's words (the compact
 * "K" / "Md" / "万"); separators and full numbers come from the user's Dataverse format
 * (`userSettings.numberFormattingInfo`, `context.formatting`; see formatCount.ts).
 */

const LOCALE_BY_LCID: Readonly<Record<number, string>> = {
  1033: "en-US",
  1036: "fr-FR",
  1031: "de-DE",
  1041: "ja-JP",
  1025: "ar-SA",
};

/** Right-to-left languages among Dataverse's LCIDs: Arabic, Hebrew, Persian, Urdu. */
const RTL_LCIDS: ReadonlySet<number> = new Set([1025, 1037, 1065, 1056]);

export function localeFromLcid(lcid: number | undefined): string {
  if (lcid != null && LOCALE_BY_LCID[lcid]) return LOCALE_BY_LCID[lcid];
  return typeof navigator !== "undefined" && navigator.language ? navigator.language : "en-US";
}

export type TextDirection = "ltr" | "rtl";

/** The host's own RTL flag wins; the LCID list covers hosts (test harness) that leave it false. */
export function directionOf(lcid: number | undefined, hostSaysRtl: boolean | undefined): TextDirection {
  return hostSaysRtl || (lcid != null && RTL_LCIDS.has(lcid)) ? "rtl" : "ltr";
}
