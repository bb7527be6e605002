import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { LockClosed16Regular } from "./icons";

const useStyles = makeStyles({
  masked: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
  },
});

/**
 * A value field security hides from this user: a mask and the localized reason in words, never
 * "—" (which would read as "no value"). Dynamics 365 shows secured, unreadable fields as "*****".
 */
export const MaskedValue: React.FC<{ label: string }> = ({ label }) => {
  const styles = useStyles();
  return (
    <span className={styles.masked} data-masked="">
      <span aria-hidden="true">*****</span>
      <LockClosed16Regular aria-hidden="true" />
      <span>{label}</span>
    </span>
  );
};
