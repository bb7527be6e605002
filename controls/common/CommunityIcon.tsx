import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Bot20Regular, Chat20Regular, Mail20Regular, QuestionCircle20Regular } from "./icons";
import { getCommunity, NeutralGlyph } from "./communityCatalog";

const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    flexShrink: 0,
    width: "20px",
    height: "20px",
    color: tokens.colorNeutralForeground2,
  },
  brand: {
    // The brand colour arrives as a custom property so one class serves every channel; black
    // marks (X, Apple) leave it unset and follow the theme's text colour.
    color: `var(--social-channel-brand, ${tokens.colorNeutralForeground1})`,
    // High contrast: the user's colours, never the brand's.
    "@media (forced-colors: active)": { color: "CanvasText" },
  },
  svg: { width: "16px", height: "16px", fill: "currentColor" },
});

const NEUTRAL_ICONS: Readonly<Record<NeutralGlyph["icon"], React.ComponentType<React.SVGAttributes<SVGElement>>>> = {
  mail: Mail20Regular,
  bot: Bot20Regular,
  chat: Chat20Regular,
};

export interface CommunityIconProps {
  /** The community choice value; an unknown value gets the generic icon. */
  value: number;
  /** Accessible name: the localized (or host-formatted) channel label. */
  label: string;
  /** The label is visible next to the icon: the icon is hidden from screen readers (no double reading). */
  decorative?: boolean;
  className?: string;
}

/** The channel's mark with an accessible name. Colour is never the only information: the label is its name. */
export const CommunityIcon: React.FC<CommunityIconProps> = ({ value, label, decorative = false, className }) => {
  const styles = useStyles();
  const glyph = getCommunity(value)?.glyph;
  const a11y = decorative ? { "aria-hidden": true as const } : { role: "img", "aria-label": label };

  if (glyph?.kind === "brand") {
    const style = glyph.color ? ({ "--social-channel-brand": glyph.color } as React.CSSProperties) : undefined;
    return (
      <span {...a11y} data-glyph="brand" className={mergeClasses(styles.root, styles.brand, className)} style={style}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={styles.svg}>
          <path d={glyph.path} />
        </svg>
      </span>
    );
  }

  const Icon = glyph ? NEUTRAL_ICONS[glyph.icon] : QuestionCircle20Regular;
  return (
    <span {...a11y} data-glyph={glyph ? glyph.icon : "unknown"} className={mergeClasses(styles.root, className)}>
      <Icon aria-hidden="true" />
    </span>
  );
};
