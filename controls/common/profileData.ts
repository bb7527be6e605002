import { SOCIALPROFILE_STATE_CHOICES } from "./schemaImports";

/**
 * One social profile as plain data: what a host (field control, dataset control) reads from
 * Dataverse and hands to the card view. Every column may be null: the view shows "—" for it.
 */
export interface SocialProfileData {
  profileName: string | null;
  fullName: string | null;
  community: number | null;
  /** The host's formatted label of the community (used for values the schema does not know). */
  communityFormatted: string | null;
  followerCount: number | null;
  followingCount: number | null;
  friendCount: number | null;
  influenceScore: number | null;
  optOut: boolean | null;
  phoneNumber: string | null;
  profileImageLink: string | null;
  profileLink: string | null;
  /** Display name of the X (Twitter) handle record the profile points to. */
  twitterHandle: string | null;
  weChatOpenId: string | null;
  appleMessagesSourceId: string | null;
  blocked: boolean | null;
  /** statecode: 0 active, 1 inactive; null when unknown (the field control never knows it: the form only says "read-only"). */
  state: number | null;
}

/** A column of the card (the host's formatted community label is not one). */
export type ProfileColumn = Exclude<keyof SocialProfileData, "communityFormatted">;

/**
 * The columns a maker binds to show a card: the card's bound properties and the gallery's
 * property-sets carry these names (statecode is neither: State is not a bindable `of-type`).
 */
export const BINDABLE_PROFILE_COLUMNS = [
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
] as const satisfies readonly ProfileColumn[];

/** statecode of an inactive profile, from the schema (never repeated here). */
const INACTIVE_STATE = SOCIALPROFILE_STATE_CHOICES.find((choice) => choice.labelKey === "state.inactive")?.value;

/** Inactive records are read-only in model-driven apps; the card shows a badge and locks the opt-out. */
export function isInactive(profile: Pick<SocialProfileData, "state">): boolean {
  return profile.state != null && profile.state === INACTIVE_STATE;
}
