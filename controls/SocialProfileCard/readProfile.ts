import type { SocialProfileData } from "../common/profileData";
import type { IInputs } from "./generated/ManifestTypes";

/** Text arrives as "" or null when empty; the card wants null, and anything but a string is no text. */
const textOf = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const text = (property: { raw: string | null } | undefined): string | null => textOf(property?.raw);

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
  const lookup: unknown = parameters.twitterHandle?.raw;
  const handle: unknown = Array.isArray(lookup) ? lookup[0] : undefined;
  return {
    profileName: text(parameters.profileName),
    fullName: text(parameters.fullName),
    community: num(parameters.community),
    communityFormatted: textOf(parameters.community?.formatted),
    followerCount: num(parameters.followerCount),
    followingCount: num(parameters.followingCount),
    friendCount: num(parameters.friendCount),
    influenceScore: num(parameters.influenceScore),
    optOut: bool(parameters.optOut),
    phoneNumber: text(parameters.phoneNumber),
    profileImageLink: text(parameters.profileImageLink),
    profileLink: text(parameters.profileLink),
    twitterHandle: typeof handle === "object" && handle !== null ? textOf((handle as { name?: unknown }).name) : null,
    weChatOpenId: text(parameters.weChatOpenId),
    appleMessagesSourceId: text(parameters.appleMessagesSourceId),
    blocked: bool(parameters.blocked),
    // A field control is never told the record's state: the form reports an inactive record only as
    // read-only (mode.isControlDisabled), which the adapter turns into the lock reason.
    state: null,
  };
}
