import * as React from "react";
import { makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { LockClosed16Regular } from "./icons";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  label: { color: tokens.colorNeutralForeground2 },
  value: { overflowWrap: "anywhere" },
  reason: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
  },
  icon: { flexShrink: 0 },
});

export interface LockedFieldProps {
  /** Visible name of the field ("Customer opted out of messages"). */
  label: string;
  /** The value as text or a node (masked placeholder, "—"). */
  value: React.ReactNode;
  /** Localized reason the field cannot be changed. */
  reason: string;
  /** Which lock applies, for hosts' styling and tests. */
  lock: string;
}

/**
 * A field the user cannot change, shown the way Dynamics 365 shows a locked field: its value as
 * text, a lock icon and the reason in words. The group is named by the label and described by the
 * reason, so a screen reader announces why, never a bare "dimmed" control.
 */
export const LockedField: React.FC<LockedFieldProps> = ({ label, value, reason, lock }) => {
  const styles = useStyles();
  const labelId = useId("locked-label-");
  const reasonId = useId("locked-reason-");
  return (
    <div role="group" aria-labelledby={labelId} aria-describedby={reasonId} className={styles.root} data-locked={lock}>
      <Text id={labelId} size={200} className={styles.label}>
        {label}
      </Text>
      <Text className={styles.value}>{value}</Text>
      <Text id={reasonId} size={200} className={styles.reason}>
        <LockClosed16Regular aria-hidden="true" className={styles.icon} />
        {reason}
      </Text>
    </div>
  );
};
