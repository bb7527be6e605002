import * as React from "react";
import { makeStyles, Spinner, Text, tokens, useId } from "@fluentui/react-components";
import type { OwnershipSectionProps } from "./OwnershipSection";
import type { OwnershipService } from "./ownershipService";

/** The section's component and its service for one record, once the library has loaded. */
export interface LoadedOwnership {
  Section: React.ComponentType<OwnershipSectionProps>;
  service: OwnershipService;
}

export interface OnDemandOwnershipSectionProps extends Omit<OwnershipSectionProps, "service"> {
  /** Resolves to the loaded section, or undefined where the library can't load (ownershipLibrary.ts). */
  loader: Promise<LoadedOwnership | undefined>;
}

type LoadState = { status: "loading" } | { status: "unavailable" } | { status: "ready"; loaded: LoadedOwnership };

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * The ownership section once its library has loaded. The card renders at once; until the loader
 * settles this shows the section's heading and a spinner; where the library can't load it says so
 * (the rest of the card keeps working).
 */
export function OnDemandOwnershipSection({ loader, ...section }: OnDemandOwnershipSectionProps): JSX.Element {
  const styles = useStyles();
  const headingId = useId("ownership-heading");
  const [state, setState] = React.useState<LoadState>({ status: "loading" });

  React.useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    loader.then(
      (loaded) => current && setState(loaded ? { status: "ready", loaded } : { status: "unavailable" }),
      () => current && setState({ status: "unavailable" }),
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
        <Text role="status" size={200} className={styles.muted}>
          {section.getString("ownership.unavailable")}
        </Text>
      )}
    </section>
  );
}
