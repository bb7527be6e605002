import * as React from "react";
import { makeStyles, Tooltip, tokens } from "@fluentui/react-components";
import { LockClosed16Regular } from "./icons";
import { VisuallyHidden } from "./VisuallyHidden";

const useStyles = makeStyles({
  lock: {
    display: "inline-flex",
    verticalAlign: "middle",
    marginInlineStart: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/**
 * A lock after a read-only value, with the reason as tooltip (keyboard-reachable) and as text for
 * screen readers: the way Dynamics 365 marks a field that cannot be changed.
 */
export const LockIndicator: React.FC<{ reason: string }> = ({ reason }) => {
  const styles = useStyles();
  return (
    <Tooltip content={reason} relationship="description" withArrow>
      <span className={styles.lock} tabIndex={0} data-lock-reason={reason}>
        <LockClosed16Regular aria-hidden="true" />
        <VisuallyHidden>{reason}</VisuallyHidden>
      </span>
    </Tooltip>
  );
};
