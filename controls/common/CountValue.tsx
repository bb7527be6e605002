import * as React from "react";
import { makeStyles, Tooltip, tokens } from "@fluentui/react-components";
import { formatCount, HostNumberFormat } from "./formatCount";
import { NoValue } from "./NoValue";

const useStyles = makeStyles({
  value: {
    fontVariantNumeric: "tabular-nums",
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

export interface CountValueProps {
  value: number | null;
  locale: string;
  /** The user's number format from the host; Intl on `locale` when absent. */
  host?: HostNumberFormat;
  noValueLabel: string;
}

/**
 * A count in compact form ("12K") with the exact figure as its tooltip and accessible
 * description. The value is focusable only when the compact form hides digits, so keyboard
 * users can reach the tooltip without an extra tab stop per count.
 */
export const CountValue: React.FC<CountValueProps> = ({ value, locale, host, noValueLabel }) => {
  const styles = useStyles();
  const formatted = formatCount(value, locale, host);
  if (!formatted) return <NoValue label={noValueLabel} />;
  if (formatted.short === formatted.exact) return <span className={styles.value}>{formatted.short}</span>;
  return (
    <Tooltip content={formatted.exact} relationship="description" withArrow>
      <span className={styles.value} tabIndex={0} data-exact={formatted.exact}>
        {formatted.short}
      </span>
    </Tooltip>
  );
};
