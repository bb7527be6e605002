import * as React from "react";
import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { Open16Regular } from "./icons";
import { VisuallyHidden } from "./VisuallyHidden";

const useStyles = makeStyles({
  link: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXXS },
  icon: { flexShrink: 0 },
});

export interface ProfileLinkProps {
  /** Must already be a safe http(s) URL (safeHttpUrl): this component renders it as is. */
  href: string;
  text: string;
  newTabHint: string;
}

/** A link to the profile on its channel, in a new tab without giving that tab a handle on ours. */
export const ProfileLink: React.FC<ProfileLinkProps> = ({ href, text, newTabHint }) => {
  const styles = useStyles();
  return (
    <Link href={href} target="_blank" rel="noopener noreferrer" className={styles.link}>
      {text}
      <Open16Regular aria-hidden="true" className={styles.icon} />
      <VisuallyHidden>{newTabHint}</VisuallyHidden>
    </Link>
  );
};
