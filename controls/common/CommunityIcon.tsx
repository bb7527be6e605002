import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Bot20Regular, Chat20Regular, Mail20Regular, QuestionCircle20Regular } from "./icons";
import { getCommunity, NeutralGlyph } from "./communityCatalog";
import { useCommunityMarks } from "./communityMarksContext";

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

/**
 * The channel's mark with an accessible name. Colour is never the only information: the label is its name.
 * A brand mark comes from the page's marks (communityMarks.ts): while they load, an empty box of the
 * same size holds the place (no layout shift, same name); when they cannot load, the neutral chat icon.
 */
export const CommunityIcon: React.FC<CommunityIconProps> = ({ value, label, decorative = false, className }) => {
  const styles = useStyles();
  const marks = useCommunityMarks();
  const glyph = getCommunity(value)?.glyph;
  const a11y = decorative ? { "aria-hidden": true as const } : { role: "img", "aria-label": label };

  const markId = glyph?.kind === "brand" ? glyph.mark : undefined;

  if (markId && marks.status === "loading") {
    return <span {...a11y} data-glyph="pending" className={mergeClasses(styles.root, className)} />;
  }
  const mark = markId && marks.status === "ready" ? marks.marks.get(markId) : undefined;
  if (mark) {
    const style = mark.color ? ({ "--social-channel-brand": mark.color } as React.CSSProperties) : undefined;
    return (
      <span {...a11y} data-glyph="brand" data-mark={markId} className={mergeClasses(styles.root, styles.brand, className)} style={style}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={styles.svg}>
          <path d={mark.path} />
        </svg>
      </span>
    );
  }

  // A brand channel whose mark could not load shows the chat icon, as channels without a mark do.
  const icon = glyph?.kind === "neutral" ? glyph.icon : glyph ? "chat" : undefined;
  const Icon = icon ? NEUTRAL_ICONS[icon] : QuestionCircle20Regular;
  return (
    <span {...a11y} data-glyph={icon ?? "unknown"} className={mergeClasses(styles.root, className)}>
      <Icon aria-hidden="true" />
    </span>
  );
};
