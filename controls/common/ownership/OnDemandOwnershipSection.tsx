import * as React from "react";
import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import type { OwnershipSectionProps } from "./OwnershipSection";
import type { OwnershipService } from "./ownershipService";
import { OWNERSHIP_HEADING, OWNERSHIP_PANEL } from "./panelStyle";

/** The section's component and its service for one record, once the library has loaded. */
export interface LoadedOwnership {
  Section: React.ComponentType<OwnershipSectionProps>;
  service: OwnershipService;
  /** Leaves the record once deleted (the library's leaveDeletedRecord); absent: no Delete. */
  onDeleted?: () => void;
}

export interface OnDemandOwnershipSectionProps extends Omit<OwnershipSectionProps, "service"> {
  /** Resolves to the loaded section, or undefined where the library can't load (ownershipLibrary.ts). */
  loader: Promise<LoadedOwnership | undefined>;
  /** Asks for the library again ("Try again"); absent where no load can succeed (no loadDependency). */
  onRetry?: () => Promise<LoadedOwnership | undefined>;
}

/** Loading, loaded, or not available (undefined). */
type LoadState = "loading" | LoadedOwnership | undefined;

const useStyles = makeStyles({
  section: OWNERSHIP_PANEL,
  heading: OWNERSHIP_HEADING,
  muted: { color: tokens.colorNeutralForeground2 },
  retry: { alignSelf: "flex-start" },
});

/**
 * The ownership section once its library has loaded. The card renders at once; until the loader
 * settles this shows the section's heading and a spinner; where the library can't load it says so
 * (the rest of the card keeps working) and, where the host has a loader, offers "Try again".
 */
export function OnDemandOwnershipSection({ loader: initialLoader, onRetry, ...section }: OnDemandOwnershipSectionProps): JSX.Element {
  const styles = useStyles();
  const [state, setState] = React.useState<LoadState>("loading");
  // Keyed by record (SocialProfileCard.tsx): the loader changes only by "Try again".
  const [loader, setLoader] = React.useState(initialLoader);
  // "Try again" replaces its own button: the focus waits on the section, then moves into the
  // loaded one if it is still here (not where the user has taken it meanwhile).
  const placeholder = React.useRef<HTMLElement>(null);
  const [focusLoaded, setFocusLoaded] = React.useState(false);

  React.useEffect(() => {
    let current = true;
    setState("loading");
    loader.then(
      (loaded) => {
        if (!current) return;
        const active = document.activeElement;
        setFocusLoaded(active !== null && placeholder.current?.contains(active) === true);
        setState(loaded);
      },
      () => current && setState(undefined),
    );
    return () => void (current = false);
  }, [loader]);

  const label = section.getString("ownership.region.label");
  if (typeof state === "object") {
    const { Section, service, onDeleted } = state;
    return <Section service={service} {...section} onDeleted={onDeleted ?? section.onDeleted} focusOnMount={focusLoaded} />;
  }
  return (
    <section ref={placeholder} tabIndex={-1} className={styles.section} aria-label={label} aria-busy={state === "loading"}>
      <h3 className={styles.heading}>{label}</h3>
      {state === "loading" ? (
        <Spinner size="tiny" labelPosition="after" label={section.getString("ownership.loading")} />
      ) : (
        <>
          <Text role="status" size={200} className={styles.muted}>
            {section.getString("ownership.unavailable")}
          </Text>
          {onRetry && (
            <Button
              size="small"
              className={styles.retry}
              onClick={() => {
                placeholder.current?.focus();
                setLoader(onRetry());
              }}
            >
              {section.getString("ownership.retry")}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
