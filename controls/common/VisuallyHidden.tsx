import * as React from "react";
import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0, 0, 0, 0)",
    whiteSpace: "nowrap",
  },
});

/** Text for screen readers only (still in the accessibility tree, unlike `hidden`). */
export const VisuallyHidden: React.FC<{ children: React.ReactNode }> = ({ children }) => {
  const styles = useStyles();
  return <span className={styles.root}>{children}</span>;
};
