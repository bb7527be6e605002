import * as React from "react";
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { Search20Regular } from "../../common/icons";

/** The gallery's non-grid states: first load, nothing to show, and a failed load. */

const useStyles = makeStyles({
  placeholder: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    justifyContent: "center",
    rowGap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalXXL,
    paddingInline: tokens.spacingHorizontalL,
    textAlign: "center",
    color: tokens.colorNeutralForeground2,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export const GalleryLoading: React.FC<{ label: string }> = ({ label }) => {
  const styles = useStyles();
  return (
    <div className={styles.placeholder}>
      <Spinner labelPosition="below" label={label} />
    </div>
  );
};

export interface GalleryEmptyProps {
  title: string;
  body: string;
  /** Shown when filters hide every record. */
  clearLabel?: string;
  onClear?: () => void;
}

export const GalleryEmpty: React.FC<GalleryEmptyProps> = ({ title, body, clearLabel, onClear }) => {
  const styles = useStyles();
  return (
    <div className={styles.placeholder} role="status">
      {/* Decorative: the toolbar's search icon drawn at 24 px, so the bundle carries one picture, not two. */}
      <Search20Regular aria-hidden="true" width="24" height="24" />
      <Text weight="semibold">{title}</Text>
      <Text>{body}</Text>
      {clearLabel && onClear && <Button onClick={onClear}>{clearLabel}</Button>}
    </div>
  );
};

export interface GalleryErrorProps {
  title: string;
  message: string;
  retryLabel: string;
  onRetry: () => void;
}

export const GalleryError: React.FC<GalleryErrorProps> = ({ title, message, retryLabel, onRetry }) => (
  <MessageBar intent="error" role="alert">
    <MessageBarBody>
      <MessageBarTitle>{title}</MessageBarTitle>
      {message}
    </MessageBarBody>
    <MessageBarActions>
      <Button onClick={onRetry}>{retryLabel}</Button>
    </MessageBarActions>
  </MessageBar>
);
