import { BINDABLE_PROFILE_COLUMNS, type SocialProfileData } from "../../common/profileData";

/**
 * The manifest's data-set is `profiles`; each property-set is named after the field of
 * `SocialProfileData` it fills, so a maker's explicit mapping flows straight into the card.
 * Keep this list and the manifest's property-sets in step (a test reads the manifest).
 */
export const DATASET_NAME = "profiles";

export type ProfileField = keyof SocialProfileData;

/** Property-sets a maker may bind (communityFormatted comes from the community column's formatted value). */
export const PROPERTY_SETS = BINDABLE_PROFILE_COLUMNS;

/**
 * Every field the card reads from a column. `state` is not a property-set: State and Status
 * are not supported `of-type` values of a property-set (PCF manifest property-set reference),
 * so `statecode` reaches the gallery only as a view column or through `addColumn`.
 */
export const CARD_FIELDS = [...PROPERTY_SETS, "state"] as const satisfies readonly ProfileField[];

export type PropertySetName = (typeof PROPERTY_SETS)[number];
export type CardField = (typeof CARD_FIELDS)[number];

/**
 * The socialprofile column each field reads when the maker bound nothing (zero configuration):
 * the gallery then uses the view's columns by logical name, like Microsoft's ModelDrivenGrid
 * sample renders `dataset.columns` as the view gives them.
 */
export const LOGICAL_NAMES: Readonly<Record<CardField, string>> = {
  profileName: "profilename",
  fullName: "profilefullname",
  community: "community",
  followerCount: "msdyn_ocfollowercount",
  followingCount: "msdyn_ocfollowingcount",
  friendCount: "msdyn_ocfriendcount",
  influenceScore: "influencescore",
  optOut: "msdyn_customeroptout",
  phoneNumber: "msdyn_phonenumber",
  profileImageLink: "msdyn_profileimagelink",
  profileLink: "profilelink",
  twitterHandle: "msdyn_octwitterhandleid",
  weChatOpenId: "msdyn_wechatopenid",
  appleMessagesSourceId: "msdyn_sourceid",
  blocked: "blocked",
  state: "statecode",
};

/**
 * Minimal view of a dataset column. The PCF Column reference documents `name` (the logical
 * name) and `alias` (the property-set alias) without promising that view columns carry an
 * alias, so both are optional here.
 */
export interface ColumnLike {
  name?: string;
  alias?: string;
}

/**
 * card field → the column's name in the dataset (what getValue, sorting and filtering take).
 * An unmapped field is absent: the card shows "—" and sort/search skip it.
 */
export type ColumnMap = Partial<Record<CardField, string>>;

const isPropertySet = (alias: unknown): alias is PropertySetName => (PROPERTY_SETS as readonly unknown[]).includes(alias);

/** A column's `name` when it is one (a host still loading, or a malformed column, may give anything). */
export const columnName = (column: ColumnLike | null | undefined): string | undefined =>
  typeof column?.name === "string" && column.name !== "" ? column.name : undefined;

const BY_LOGICAL_NAME: ReadonlyMap<string, CardField> = new Map(
  (Object.entries(LOGICAL_NAMES) as [CardField, string][]).map(([field, logicalName]) => [logicalName, field]),
);

/** The field a view column fills by its logical name (its `name`, or an alias that is itself a logical name). */
function fieldByLogicalName(column: ColumnLike): CardField | undefined {
  const name = columnName(column);
  const byName = name ? BY_LOGICAL_NAME.get(name.toLowerCase()) : undefined;
  return byName ?? (typeof column.alias === "string" ? BY_LOGICAL_NAME.get(column.alias.toLowerCase()) : undefined);
}

/**
 * A bound property-set wins; every field it leaves open is filled from a view column with the
 * field's logical name. Missing or malformed columns (a host still loading) map nothing.
 */
export function mapColumns(columns: readonly ColumnLike[] | undefined): ColumnMap {
  const map: ColumnMap = {};
  const list: readonly ColumnLike[] = Array.isArray(columns) ? columns : [];
  for (const column of list) {
    const name = columnName(column);
    if (name && isPropertySet(column.alias)) map[column.alias] = name;
  }
  for (const column of list) {
    const name = columnName(column);
    const field = name ? fieldByLogicalName(column) : undefined;
    if (field && name && map[field] === undefined) map[field] = name;
  }
  return map;
}

/** True when the maker bound at least one property-set: the mapping is theirs, not the view's. */
export const hasBoundPropertySet = (columns: readonly ColumnLike[] | undefined): boolean =>
  Array.isArray(columns) && columns.some((column) => !!columnName(column) && isPropertySet(column.alias));

/**
 * Logical names to ask for with `addColumn`: in zero configuration only (no property-set
 * bound), the card fields the view does not give. A maker who bound property-sets chose the
 * columns; adding others would also cost a refresh on hosts where nothing arrives (pcf-start).
 */
export const missingColumns = (columns: readonly ColumnLike[] | undefined, map: ColumnMap): string[] =>
  hasBoundPropertySet(columns) ? [] : CARD_FIELDS.filter((field) => map[field] === undefined).map((field) => LOGICAL_NAMES[field]);
