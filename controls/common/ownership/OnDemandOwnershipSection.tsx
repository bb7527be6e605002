import * as React from "react";
import { Button, makeStyles, Spinner, Text, tokens, useId } from "@fluentui/react-components";
import type { OwnershipSectionProps } from "./OwnershipSection";
import type { OwnershipService } from "./ownershipService";

/** The loader's answer when a load failed in a way another attempt may fix ("Try again"). */
export const LOAD_FAILED = "loadFailed";

/** The section's component and its service for one record, once the library has loaded. */
export interface LoadedOwnership {
  Section: React.ComponentType<OwnershipSectionProps>;
  service: OwnershipService;
}

export interface OnDemandOwnershipSectionProps extends Omit<OwnershipSectionProps, "service"> {
  /**
   * Resolves to the loaded section, undefined where the library can't load (ownershipLibrary.ts),
   * or LOAD_FAILED when another attempt may succeed (a rejection counts as that too).
   */
  loader: Promise<LoadedOwnership | undefined | typeof LOAD_FAILED>;
  /** Asks for the library again after LOAD_FAILED ("Try again"). */
  onRetry?: () => Promise<LoadedOwnership | undefined | typeof LOAD_FAILED>;
}

type LoadState = { status: "loading" } | { status: "unavailable"; retryable: boolean } | { status: "ready"; loaded: LoadedOwnership };

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  retry: { alignSelf: "flex-start" },
});

/**
 * The ownership section once its library has loaded. The card renders at once; until the loader
 * settles this shows the section's heading and a spinner; where the library can't load it says so
 * (the rest of the card keeps working) and, where a load can succeed later, offers "Try again".
 */
export function OnDemandOwnershipSection({ loader: initialLoader, onRetry, ...section }: OnDemandOwnershipSectionProps): JSX.Element {
  const styles = useStyles();
  const headingId = useId("ownership-heading");
  const [state, setState] = React.useState<LoadState>({ status: "loading" });
  const [loader, setLoader] = React.useState(initialLoader);
  React.useEffect(() => setLoader(initialLoader), [initialLoader]);

  React.useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    loader.then(
      (loaded) =>
        current && setState(loaded === LOAD_FAILED ? { status: "unavailable", retryable: true } : loaded ? { status: "ready", loaded } : { status: "unavailable", retryable: false }),
      () => current && setState({ status: "unavailable", retryable: true }),
    );
    return () => void (current = false);
  }, [loader]);

  if (state.status === "ready") {
    const { Section, service } = state.loaded;
    return <Section service={service} {...section} />;
  }
  return (
    <section className={styles.section} aria-labelledby={headingId} aria-busy={state.status === "loading"}>
      <h3 id={headingId} className={styles.heading}>
        {section.getString("ownership.region.label")}
      </h3>
      {state.status === "loading" ? (
        <Spinner size="tiny" labelPosition="after" label={section.getString("ownership.loading")} />
      ) : (
        <>
          <Text role="status" size={200} className={styles.muted}>
            {section.getString("ownership.unavailable")}
          </Text>
          {onRetry && state.status === "unavailable" && state.retryable && (
            <Button size="small" className={styles.retry} onClick={() => setLoader(onRetry())}>
              {section.getString("ownership.retry")}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
