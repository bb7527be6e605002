import type { SocialProfileData } from "../common/profileData";
import type { IInputs } from "./generated/ManifestTypes";

/** Text columns arrive as "" or null when empty; the card wants null. */
const text = (property: { raw: string | null } | undefined): string | null => {
  const value = property?.raw;
  return typeof value === "string" && value !== "" ? value : null;
};

const num = (property: { raw: number | null } | undefined): number | null => {
  const value = property?.raw;
  return typeof value === "number" && Number.isFinite(value) ? value : null;
};

const bool = (property: { raw: boolean | null } | undefined): boolean | null => {
  const value = property?.raw;
  return typeof value === "boolean" ? value : null;
};

/** The bound columns as plain data. Unbound properties (the maker left them empty) read as null. */
export function readProfile(parameters: IInputs): SocialProfileData {
  const lookup = parameters.twitterHandle?.raw;
  return {
    profileName: text(parameters.profileName),
    fullName: text(parameters.fullName),
    community: num(parameters.community),
    communityFormatted: parameters.community?.formatted ?? null,
    followerCount: num(parameters.followerCount),
    followingCount: num(parameters.followingCount),
    friendCount: num(parameters.friendCount),
    influenceScore: num(parameters.influenceScore),
    optOut: bool(parameters.optOut),
    phoneNumber: text(parameters.phoneNumber),
    profileImageLink: text(parameters.profileImageLink),
    profileLink: text(parameters.profileLink),
    twitterHandle: Array.isArray(lookup) && lookup.length > 0 && lookup[0].name ? lookup[0].name : null,
    weChatOpenId: text(parameters.weChatOpenId),
    appleMessagesSourceId: text(parameters.appleMessagesSourceId),
    blocked: bool(parameters.blocked),
    // A field control is never told the record's state: the form reports an inactive record only as
    // read-only (mode.isControlDisabled), which the adapter turns into the lock reason.
    state: null,
  };
}
