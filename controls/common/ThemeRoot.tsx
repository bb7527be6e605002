import * as React from "react";
import { FluentProvider, Theme, webLightTheme } from "@fluentui/react-components";
import type { TextDirection } from "./locale";

export interface ThemeRootProps {
  /** The host's theme (`context.fluentDesignLanguage?.tokenTheme`); light only when the host gives none. */
  theme: Theme | undefined;
  dir: TextDirection;
  children: React.ReactNode;
}

/** Fluent theme and text direction for a control's view: one provider per control root. */
export const ThemeRoot: React.FC<ThemeRootProps> = ({ theme, dir, children }) => (
  <FluentProvider theme={theme ?? webLightTheme} dir={dir}>
    {children}
  </FluentProvider>
);
