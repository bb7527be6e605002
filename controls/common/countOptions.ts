/** Which counts a card shows: the maker's choice (a manifest Enum input) → the list the view renders. */

export type CountKind = "followers" | "following" | "friends";

/** Values of the manifest Enum `countsShown`; the first is the default. */
export const COUNTS_OPTIONS = ["all", "followers", "followersAndFollowing", "none"] as const;
export type CountsOption = (typeof COUNTS_OPTIONS)[number];

/** Every count, in the order cards show them (the gallery, which has no countsShown property, shows these). */
export const ALL_COUNTS: readonly CountKind[] = ["followers", "following", "friends"];

const COUNTS_BY_OPTION: Readonly<Record<CountsOption, readonly CountKind[]>> = {
  all: ALL_COUNTS,
  followers: ["followers"],
  followersAndFollowing: ["followers", "following"],
  none: [],
};

/** An unknown or missing option (older form XML, typo) shows every count rather than nothing. */
export function countsFor(option: string | null | undefined): readonly CountKind[] {
  return (COUNTS_OPTIONS as readonly string[]).includes(option ?? "") ? COUNTS_BY_OPTION[option as CountsOption] : COUNTS_BY_OPTION.all;
}

export type CardLayout = "full" | "compact";

export function layoutFor(option: string | null | undefined): CardLayout {
  return option === "compact" ? "compact" : "full";
}
