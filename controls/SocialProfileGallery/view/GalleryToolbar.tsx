import * as React from "react";
import { Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { Search20Regular } from "../../common/icons";
import { OWNER_FILTER_KEYS, OwnerFilterChoice } from "../../common/ownership/ownerFilter";
import type { CommunityOption } from "../model/communityOptions";
import type { GalleryQuery, SortChoice } from "../model/query";

/** Typing pauses this long before the search goes to the server (one refresh per pause, not per key). */
export const SEARCH_DELAY_MS = 400;

export interface GalleryToolbarProps {
  query: GalleryQuery;
  sorts: readonly SortChoice[];
  communities: readonly CommunityOption[];
  canFilterCommunity: boolean;
  canSearch: boolean;
  /** The owner filter's choices; empty hides it (a host without dataset filtering / linking). */
  ownerChoices: readonly OwnerFilterChoice[];
  getString: (key: string) => string;
  onChange: (query: GalleryQuery) => void;
}

const useStyles = makeStyles({
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  search: { flexGrow: 1, flexBasis: "16rem", minWidth: 0 },
  select: { flexBasis: "12rem", flexShrink: 0, minWidth: 0 },
  // A native select sizes itself to its longest option; the field decides its width instead.
  selectControl: { width: "100%", minWidth: 0 },
});

const ALL = "all";

/** Search, community and owner filters, and sort: each change goes to the host, which queries the dataset. */
export const GalleryToolbar: React.FC<GalleryToolbarProps> = React.memo(function GalleryToolbar({
  query,
  sorts,
  communities,
  canFilterCommunity,
  canSearch,
  ownerChoices,
  getString,
  onChange,
}) {
  const styles = useStyles();
  const [text, setText] = React.useState(query.search);
  const latest = React.useRef(query);
  latest.current = query;

  // The host may reset the query (Clear filters): the box follows.
  React.useEffect(() => setText(query.search), [query.search]);

  React.useEffect(() => {
    if (text === latest.current.search) return undefined;
    const timer = setTimeout(() => onChange({ ...latest.current, search: text }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, onChange]);

  return (
    <div className={styles.toolbar} role="search">
      {canSearch && (
        <Field label={getString("gallery.search.label")} className={styles.search}>
          <Input
            type="search"
            value={text}
            contentBefore={<Search20Regular aria-hidden="true" />}
            placeholder={getString("gallery.search.placeholder")}
            onChange={(_event, data) => setText(data.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") onChange({ ...query, search: text });
            }}
          />
        </Field>
      )}
      {canFilterCommunity && (
        <Field label={getString("gallery.filter.community")} className={styles.select}>
          <Select
            className={styles.selectControl}
            value={query.community === null ? ALL : String(query.community)}
            onChange={(_event, data) => onChange({ ...query, community: data.value === ALL ? null : Number(data.value) })}
          >
            <option value={ALL}>{getString("gallery.filter.allCommunities")}</option>
            {communities.map((community) => (
              <option key={community.value} value={String(community.value)}>
                {community.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {ownerChoices.length > 0 && (
        <Field label={getString("ownership.filter.label")} className={styles.select}>
          <Select
            className={styles.selectControl}
            value={query.owner}
            onChange={(_event, data) => onChange({ ...query, owner: data.value as OwnerFilterChoice })}
          >
            {ownerChoices.map((choice) => (
              <option key={choice} value={choice}>
                {getString(OWNER_FILTER_KEYS[choice])}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {sorts.length > 1 && (
        <Field label={getString("gallery.sort.label")} className={styles.select}>
          <Select
            className={styles.selectControl}
            value={query.sort}
            onChange={(_event, data) => onChange({ ...query, sort: data.value as SortChoice })}
          >
            {sorts.map((sort) => (
              <option key={sort} value={sort}>
                {getString(`gallery.sort.${sort}`)}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </div>
  );
});
