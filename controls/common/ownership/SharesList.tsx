import * as React from "react";
import { Button, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { Dismiss20Regular } from "../icons";
import { LEVEL_KEYS } from "./OwnershipDialogs";
import { NamedShare, PrincipalRef, ShareLevel, shareLevelOf } from "./ownershipImports";
import type { OwnershipText } from "./ownershipService";

interface SharesListProps {
  shares: readonly NamedShare[];
  /** Levels the user may set; empty: the list is read-only (no Share access). */
  levels: readonly ShareLevel[];
  busy: boolean;
  /** The share whose change or stop is running: its row offers Cancel (stops the next attempt). */
  working?: PrincipalRef;
  onCancel?: () => void;
  text: OwnershipText;
  onChange: (principal: PrincipalRef, level: ShareLevel) => void;
  onStop: (principal: PrincipalRef) => void;
}

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  name: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis" },
});

/** Who the profile is shared with; change a share's access or stop it (both can be redone: no confirmation). */
export function SharesList({ shares, levels, busy, working, onCancel, text, onChange, onStop }: SharesListProps): JSX.Element {
  const styles = useStyles();
  if (shares.length === 0) return <Text size={200}>{text("ownership.shares.none")}</Text>;
  return (
    <ul className={styles.list} aria-label={text("ownership.shares.label")}>
      {shares.map((share) => {
        const level = shareLevelOf(share.mask);
        const label = level ? text(LEVEL_KEYS[level]) : "";
        return (
          <li key={`${share.principal.kind}:${share.principal.id}`} className={styles.item}>
            <Text className={styles.name}>{share.name}</Text>
            {levels.length > 0 && level ? (
              <Select
                size="small"
                aria-label={text("ownership.shares.access", { name: share.name })}
                value={level}
                disabled={busy}
                onChange={(_, data) => onChange(share.principal, data.value as ShareLevel)}
              >
                {(levels.includes(level) ? levels : [...levels, level]).map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {text(LEVEL_KEYS[candidate])}
                  </option>
                ))}
              </Select>
            ) : (
              <Text size={200}>{label}</Text>
            )}
            {levels.length > 0 && (
              <Button
                size="small"
                appearance="subtle"
                icon={<Dismiss20Regular />}
                disabled={busy}
                aria-label={text("ownership.action.stopSharing", { name: share.name })}
                title={text("ownership.action.stopSharing", { name: share.name })}
                onClick={() => onStop(share.principal)}
              />
            )}
            {busy && onCancel && working?.kind === share.principal.kind && working.id === share.principal.id && (
              <Button size="small" onClick={onCancel}>
                {text("ownership.action.cancel")}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
