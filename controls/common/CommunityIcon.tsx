import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Chat20Regular } from "./icons";
import { CommunityPictureId, getCommunity } from "./communityCatalog";
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
  // The sizes Fluent draws them at: a 20px neutral icon fills the box, a brand mark sits inside it.
  neutralSvg: { width: "20px", height: "20px", fill: "currentColor" },
  brandSvg: { width: "16px", height: "16px", fill: "currentColor" },
});

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
 * The channel's picture with an accessible name. Colour is never the only information: the label is its name.
 * Every picture (brand mark or neutral icon) comes from the page's sprite (communityMarks.ts): while it
 * loads, an empty box of the same size holds the place (no layout shift, same name); when it cannot
 * load, the one picture bundled here, the chat icon.
 */
export const CommunityIcon: React.FC<CommunityIconProps> = ({ value, label, decorative = false, className }) => {
  const styles = useStyles();
  const marks = useCommunityMarks();
  const a11y = decorative ? { "aria-hidden": true as const } : { role: "img", "aria-label": label };

  const glyph = getCommunity(value)?.glyph;
  const pictureId: CommunityPictureId = glyph ? (glyph.kind === "brand" ? glyph.mark : glyph.icon) : "unknown";
  const picture = marks.status === "ready" ? marks.marks.get(pictureId) : undefined;
  if (!picture) {
    const loading = marks.status === "loading";
    return (
      <span {...a11y} data-glyph={loading ? "pending" : "chat"} className={mergeClasses(styles.root, className)}>
        {!loading && <Chat20Regular aria-hidden="true" />}
      </span>
    );
  }

  const brand = glyph?.kind === "brand";
  const style = picture.color ? ({ "--social-channel-brand": picture.color } as React.CSSProperties) : undefined;
  return (
    <span
      {...a11y}
      data-glyph={brand ? "brand" : pictureId}
      data-mark={brand ? pictureId : undefined}
      className={mergeClasses(styles.root, brand && styles.brand, className)}
      style={style}
    >
      <svg viewBox={picture.viewBox} aria-hidden="true" focusable="false" className={brand ? styles.brandSvg : styles.neutralSvg}>
        <path d={picture.path} />
      </svg>
    </span>
  );
};
