/**
 * The user's language as the host reports it (an LCID) → a BCP 47 locale for Intl and a text
 * direction. The five languages the solution ships are listed; any other LCID falls back to the
 * browser's language, which model-driven apps set from the same user setting.
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
