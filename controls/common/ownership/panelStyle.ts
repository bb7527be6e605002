import { tokens } from "@fluentui/react-components";

/**
 * The ownership section's box, in the card's visual language (ProfileCard.tsx's `card` style: the
 * same padding, border, corner radius and background), set a small gap below the card so the two
 * read as one unit. Shared by the loaded section (the library) and its placeholder (the card).
 */
export const OWNERSHIP_PANEL = {
  display: "flex",
  flexDirection: "column",
  rowGap: tokens.spacingVerticalS,
  minWidth: 0,
  marginTop: tokens.spacingVerticalS,
  paddingBlock: tokens.spacingVerticalM,
  paddingInline: tokens.spacingHorizontalM,
  borderRadius: tokens.borderRadiusMedium,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
} as const;

/** The section's heading: the card's semibold title type, one step smaller. */
export const OWNERSHIP_HEADING = { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold } as const;
