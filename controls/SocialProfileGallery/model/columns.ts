import type { SocialProfileData } from "../../common/profileData";

/**
 * The manifest's data-set is `profiles`; each property-set is named after the field of
 * `SocialProfileData` it fills, so the maker's column mapping flows straight into the card.
 * Keep this list and the manifest's property-sets in step (a test reads the manifest).
 */
export const DATASET_NAME = "profiles";

export type ProfileField = keyof SocialProfileData;

/** Property-sets the card reads with getValue (communityFormatted comes from the community column's formatted value). */
export const PROPERTY_SETS = [
  "profileName",
  "fullName",
  "community",
  "followerCount",
  "followingCount",
  "friendCount",
  "influenceScore",
  "optOut",
  "phoneNumber",
  "profileImageLink",
  "profileLink",
  "twitterHandle",
  "weChatOpenId",
  "appleMessagesSourceId",
  "blocked",
  "state",
] as const satisfies readonly ProfileField[];

export type PropertySetName = (typeof PROPERTY_SETS)[number];

/** Minimal view of a dataset column: the maker-mapped logical name and the property-set alias. */
export interface ColumnLike {
  name: string;
  alias: string;
}

/**
 * property-set alias → the column's name in the dataset (what getValue, sorting and filtering
 * take). An unmapped property-set is absent: the card shows "—" and sort/search skip it.
 */
export type ColumnMap = Partial<Record<PropertySetName, string>>;

const isPropertySet = (alias: string): alias is PropertySetName => (PROPERTY_SETS as readonly string[]).includes(alias);

export function mapColumns(columns: readonly ColumnLike[] | undefined): ColumnMap {
  const map: ColumnMap = {};
  for (const column of columns ?? []) {
    if (column.alias && column.name && isPropertySet(column.alias)) map[column.alias] = column.name;
  }
  return map;
}

export const sameColumnMap = (a: ColumnMap, b: ColumnMap): boolean =>
  PROPERTY_SETS.every((name) => a[name] === b[name]);
