import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

/** Scoped (Griffel) styles; colours come from the host theme tokens, so high contrast follows. */
export const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    maxWidth: "640px",
    width: "100%",
  },
  heading: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
    ...shorthands.margin("0"),
    ":focus-visible": {
      outlineStyle: "solid",
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  steps: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    listStyleType: "none",
    ...shorthands.margin("0"),
    ...shorthands.padding("0"),
  },
  step: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
  },
  stepCurrent: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ...shorthands.borderBottom(tokens.strokeWidthThick, "solid", tokens.colorBrandStroke1),
  },
  stepNumber: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    minWidth: "20px",
    height: "20px",
    ...shorthands.borderRadius(tokens.borderRadiusCircular),
    ...shorthands.border(tokens.strokeWidthThin, "solid", "currentColor"),
    fontSize: tokens.fontSizeBase200,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  /** Busy or retrying, with the one Cancel beside it: the message wraps, the button stays put. */
  taskRow: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  taskMessage: {
    flexGrow: 1,
    minWidth: 0,
  },
  summary: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    ...shorthands.margin("0"),
  },
  term: {
    color: tokens.colorNeutralForeground3,
  },
  definition: {
    ...shorthands.margin("0"),
    overflowWrap: "anywhere",
  },
  copyRow: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "flex-end",
  },
  grow: {
    flexGrow: 1,
  },
  /** Read by screen readers, not shown (the usual clip pattern). */
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    ...shorthands.margin("-1px"),
    ...shorthands.padding("0"),
    ...shorthands.border("0"),
  },
});
