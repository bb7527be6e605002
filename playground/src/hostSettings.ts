import { teamsHighContrastTheme, Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Lcid } from "../../simulator/pcfHost/fieldContext";

/** What a model-driven host decides for every control on the form. */
export interface HostSettings {
  lcid: Lcid;
  /** The host's RTL flag (the controls also switch for an RTL language). */
  rtl: boolean;
  theme: ThemeName;
  /** mode.isControlDisabled: a read-only form or a disabled field. */
  disabled: boolean;
  /** The user lacks write privilege: field security denies edits, the wizard's privileges are false. */
  readOnly: boolean;
}

export type ThemeName = "light" | "dark" | "highContrast";

/** The Fluent themes a host passes as `context.fluentDesignLanguage.tokenTheme`. */
export const THEMES: Readonly<Record<ThemeName, Theme>> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

export const LANGUAGES: readonly { lcid: Lcid; name: string }[] = [
  { lcid: 1033, name: "English (1033)" },
  { lcid: 1036, name: "Français (1036)" },
  { lcid: 1031, name: "Deutsch (1031)" },
  { lcid: 1041, name: "日本語 (1041)" },
  { lcid: 1025, name: "العربية (1025)" },
];

/** Settings from the page's query string (?lcid=1025&rtl=1&theme=dark&disabled=1&readOnly=1), so a test or a link can open any state. */
export function settingsFromQuery(search: string): HostSettings {
  const query = new URLSearchParams(search);
  const lcid = Number(query.get("lcid"));
  const theme = query.get("theme");
  return {
    lcid: LANGUAGES.some((language) => language.lcid === lcid) ? (lcid as Lcid) : 1033,
    rtl: query.get("rtl") === "1",
    theme: theme === "dark" || theme === "highContrast" ? theme : "light",
    disabled: query.get("disabled") === "1",
    readOnly: query.get("readOnly") === "1",
  };
}
