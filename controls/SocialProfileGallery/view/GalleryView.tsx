import * as React from "react";
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from "@fluentui/react-components";
import { Dismiss20Regular, LockClosed16Regular } from "../../common/icons";
import { ThemeRoot } from "../../common/ThemeRoot";
import { VisuallyHidden } from "../../common/VisuallyHidden";
import { formatWhole, type HostNumberFormat } from "../../common/formatCount";
import { formatMessage } from "../../common/schemaImports";
import type { TotalCount } from "../model/totalCount";
import { GalleryGrid } from "./GalleryGrid";
import { GalleryEmpty, GalleryError, GalleryLoading } from "./GalleryStates";
import { GalleryToolbar } from "./GalleryToolbar";
import { useLiveValue } from "../../common/liveValue";
import type { GalleryViewProps } from "./GalleryViewProps";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  status: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
});

/** The status line's counts, written in the user's Dataverse number format like the cards'. */
function countText(total: TotalCount, getString: (key: string) => string, locale: string, numberFormat: HostNumberFormat): string {
  const format = (value: number) => formatWhole(value, locale, numberFormat);
  // "exact" and "atLeast" name both figures; "unknown" only the loaded one (and whether more exist).
  const key = total.kind === "unknown" ? (total.more ? "loadedMore" : "loaded") : total.kind;
  return formatMessage(getString(`gallery.count.${key}`), {
    loaded: format(total.loaded),
    total: "total" in total ? format(total.total) : "",
  });
}

/** The gallery: toolbar, counts, then the grid or its loading / empty / error state. Pure: plain props in, callbacks out. */
export const GalleryView: React.FC<GalleryViewProps> = React.memo(function GalleryView(props) {
  const { getString, locale, actions, query, total, rows, status } = props;
  const styles = useStyles();
  const { deniedRows, cardRevisions, notice } = useLiveValue(props.optOutFeedback);
  const filtered = query.community !== null || query.search.trim() !== "" || query.owner !== "all";
  const clearFilters = React.useCallback(
    () => actions.changeQuery({ ...query, community: null, search: "", owner: "all" }),
    [actions, query],
  );

  let body: React.ReactNode;
  if (status === "error") {
    body = (
      <GalleryError
        title={getString("gallery.error.title")}
        message={props.errorMessage || getString("gallery.error.noDetails")}
        retryLabel={getString("gallery.error.retry")}
        onRetry={actions.retry}
      />
    );
  } else if (status === "loading") {
    body = <GalleryLoading label={getString("gallery.loading")} />;
  } else if (rows.length === 0) {
    body = filtered ? (
      <GalleryEmpty
        title={getString("gallery.empty.filteredTitle")}
        body={getString("gallery.empty.filteredBody")}
        clearLabel={getString("gallery.clearFilters")}
        onClear={clearFilters}
      />
    ) : (
      <GalleryEmpty title={getString("gallery.empty.title")} body={getString("gallery.empty.body")} />
    );
  } else {
    body = (
      <GalleryGrid
        rows={rows}
        width={props.width}
        height={props.height}
        fillHeight={props.fillHeight}
        totalRecords={total.kind === "exact" ? total.total : -1}
        hasNextPage={props.hasNextPage}
        loadingMore={props.loadingMore}
        selectedIds={props.selectedIds}
        layout={props.layout}
        counts={props.counts}
        optOutLock={props.optOutLock}
        deniedRows={deniedRows}
        cardRevisions={cardRevisions}
        ownership={props.ownership}
        rtl={props.dir === "rtl"}
        label={getString("gallery.label")}
        keyboardHint={getString("gallery.keyboardHint")}
        getString={getString}
        locale={locale}
        numberFormat={props.numberFormat}
        onLoadMore={actions.loadMore}
        onSelect={actions.select}
        onOpen={actions.open}
        onOptOutChange={actions.setOptOut}
      />
    );
  }

  return (
    <ThemeRoot theme={props.theme} dir={props.dir}>
      <div className={styles.root} style={props.fillHeight ? { height: props.height } : undefined} dir={props.dir}>
        <GalleryToolbar
          query={query}
          sorts={props.sorts}
          communities={props.communities}
          canFilterCommunity={props.canFilterCommunity}
          canSearch={props.canSearch}
          ownerChoices={props.ownerChoices}
          getString={getString}
          onChange={actions.changeQuery}
        />
        {notice && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>
              <MessageBarTitle>{notice.title}</MessageBarTitle>
              {notice.message}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  aria-label={getString("gallery.dismiss")}
                  icon={<Dismiss20Regular />}
                  onClick={actions.dismissNotice}
                />
              }
            />
          </MessageBar>
        )}
        <div className={styles.status}>
          {/* The one polite live region, always present so screen readers hear loading and each new count (errors are alerts). */}
          <div className={styles.status} role="status" aria-live="polite" aria-atomic="true">
            {status === "loading" ? (
              <VisuallyHidden>{getString("gallery.loading")}</VisuallyHidden>
            ) : status === "ready" ? (
              <>
                <Text size={200}>{countText(total, getString, locale, props.numberFormat)}</Text>
                {props.selectedIds.length > 0 && (
                  <Text size={200}>
                    {formatMessage(getString("gallery.selectedCount"), {
                      count: formatWhole(props.selectedIds.length, locale, props.numberFormat),
                    })}
                  </Text>
                )}
                {props.loadingMore && <Text size={200}>{getString("gallery.loadingMore")}</Text>}
              </>
            ) : null}
          </div>
          {/* A lock that holds for every card is said once, here, not on each card (they show only an "Opted out" badge). */}
          {status === "ready" && rows.length > 0 && props.showsOptOut && props.optOutLock && props.optOutLock !== "notBound" && (
            <Text size={200} className={styles.status} data-opt-out-lock={props.optOutLock}>
              <LockClosed16Regular aria-hidden="true" />
              {getString(`gallery.optOutLock.${props.optOutLock}`)}
            </Text>
          )}
        </div>
        {body}
        {status === "ready" && props.pageError && (
          <GalleryError
            title={getString("gallery.pageError.title")}
            message={props.errorMessage || getString("gallery.error.noDetails")}
            retryLabel={getString("gallery.error.retry")}
            onRetry={actions.retry}
          />
        )}
      </div>
    </ThemeRoot>
  );
});
