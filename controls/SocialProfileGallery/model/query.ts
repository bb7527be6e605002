import { OwnerFilterChoice, ownerFilter, OwnerLink } from "../../common/ownership/ownerFilter";
import { ColumnMap } from "./columns";

/**
 * What the agent asked the gallery to show, and its translation into the dataset API's sorting
 * and filter expressions. Sorting and filtering run on the server through the dataset, so they
 * hold for every record of the view, not only the loaded pages.
 */
export type SortChoice = "view" | "nameAsc" | "nameDesc" | "community" | "followersDesc" | "followersAsc";

export const SORT_CHOICES: readonly SortChoice[] = ["view", "nameAsc", "nameDesc", "community", "followersDesc", "followersAsc"];

export interface GalleryQuery {
  sort: SortChoice;
  /** Community choice value, or null for every community. */
  community: number | null;
  /** Free text matched against names and handles; "" for no search. */
  search: string;
  /** Whose profiles: every one, the user's, the user's teams', or those whose owner is a disabled user. */
  owner: OwnerFilterChoice;
}

export const INITIAL_QUERY: GalleryQuery = { sort: "view", community: null, search: "", owner: "all" };

/** The signed-in user as the owner filter needs them: `userSettings.userId` and the ids of their teams. */
export interface Viewer {
  userId: string;
  teamIds: readonly string[];
}

/** Dataset SortStatus: 0 ascending, 1 descending. */
export interface SortStatusLike {
  name: string;
  sortDirection: -1 | 0 | 1;
}

/** Dataset ConditionOperator values used here (Microsoft.Xrm.Sdk.Query.ConditionOperator). */
export const ConditionOperator = { Equal: 0, Like: 6, In: 8 } as const;
/** Dataset FilterOperator: 0 And, 1 Or. */
export const FilterOperator = { And: 0, Or: 1 } as const;

export interface ConditionLike {
  attributeName: string;
  conditionOperator: (typeof ConditionOperator)[keyof typeof ConditionOperator];
  value: string | string[];
  /** A condition on a linked entity's column (PCF ConditionExpression.entityAliasName). */
  entityAliasName?: string;
}

export interface FilterLike {
  filterOperator: 0 | 1;
  conditions: ConditionLike[];
  filters?: FilterLike[];
}

const nameColumn = (columns: ColumnMap): string | undefined => columns.fullName ?? columns.profileName;

/** The sort choices the maker's mapping supports (a sort on an unmapped column cannot run). */
export function availableSorts(columns: ColumnMap): SortChoice[] {
  return SORT_CHOICES.filter((choice) => sortingFor(choice, columns, []) !== undefined);
}

/** The dataset sorting for a choice; `viewSorting` is the view's own order, restored by "view". */
export function sortingFor(choice: SortChoice, columns: ColumnMap, viewSorting: readonly SortStatusLike[]): SortStatusLike[] | undefined {
  const by = (column: string | undefined, sortDirection: 0 | 1): SortStatusLike[] | undefined =>
    column ? [{ name: column, sortDirection }] : undefined;
  switch (choice) {
    case "view":
      return viewSorting.map((sort) => ({ ...sort }));
    case "nameAsc":
      return by(nameColumn(columns), 0);
    case "nameDesc":
      return by(nameColumn(columns), 1);
    case "community":
      return by(columns.community, 0);
    case "followersDesc":
      return by(columns.followerCount, 1);
    case "followersAsc":
      return by(columns.followerCount, 0);
  }
}

/** Text columns a search looks in: names and the channel identifiers that are plain text. */
export function searchColumns(columns: ColumnMap): string[] {
  return [columns.profileName, columns.fullName, columns.weChatOpenId, columns.appleMessagesSourceId].filter(
    (column): column is string => column !== undefined,
  );
}

/** FetchXML `like` is SQL LIKE: wildcards typed by the agent are matched literally. */
export const escapeLike = (text: string): string => text.replace(/[[%_]/g, (char) => `[${char}]`);

/** The owner filter's expression for a query; none without a viewer (the filter is hidden then). */
const ownerExpression = (query: GalleryQuery, viewer: Viewer | undefined) =>
  viewer && query.owner !== "all" ? ownerFilter(query.owner, viewer.userId, viewer.teamIds) : undefined;

/** The linked entity the query's owner filter needs (added once: the dataset API cannot remove one). */
export function linkFor(query: GalleryQuery, viewer: Viewer | undefined): OwnerLink | undefined {
  const expression = ownerExpression(query, viewer);
  return expression?.kind === "filter" ? expression.link : undefined;
}

/** The filter for a query, or undefined when nothing is filtered (clearFilter). Community, search and owner combine with And. */
export function filterFor(query: GalleryQuery, columns: ColumnMap, viewer?: Viewer): FilterLike | undefined {
  const conditions: ConditionLike[] = [];
  const filters: FilterLike[] = [];
  const owner = ownerExpression(query, viewer);
  // "empty" (My teams' without teams) is never offered: the toolbar shows that choice only with teams.
  if (owner?.kind === "filter") conditions.push({ ...owner.condition });
  if (query.community !== null && columns.community) {
    conditions.push({ attributeName: columns.community, conditionOperator: ConditionOperator.Equal, value: String(query.community) });
  }
  const text = query.search.trim();
  const searchIn = searchColumns(columns);
  if (text !== "" && searchIn.length > 0) {
    const pattern = `%${escapeLike(text)}%`;
    filters.push({
      filterOperator: FilterOperator.Or,
      conditions: searchIn.map((attributeName) => ({ attributeName, conditionOperator: ConditionOperator.Like, value: pattern })),
    });
  }
  if (conditions.length === 0 && filters.length === 0) return undefined;
  return filters.length > 0
    ? { filterOperator: FilterOperator.And, conditions, filters }
    : { filterOperator: FilterOperator.And, conditions };
}
