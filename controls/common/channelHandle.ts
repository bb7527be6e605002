import { Community } from "./schemaImports";
import type { SocialProfileData } from "./profileData";

/**
 * The identifier an agent uses to reach the person on the profile's channel: the X handle on
 * Twitter, the Open ID on WeChat, the source ID on Apple Messages, the phone number on WhatsApp,
 * and the profile name (the channel handle) elsewhere. Falls back to the profile name when the
 * channel-specific column is empty.
 */
export interface ChannelHandle {
  /** Key of the localized label of the identifier ("WeChat Open ID"). */
  labelKey: string;
  value: string;
  /** Where the value came from: a phone number is always laid out left to right. */
  column: HandleColumn | "profileName";
}

type HandleColumn = "twitterHandle" | "weChatOpenId" | "appleMessagesSourceId" | "phoneNumber";

/** A channel's own identifier column and its label. */
export interface ChannelIdentifier {
  community: number;
  column: HandleColumn;
  labelKey: string;
}

/**
 * Each channel's own identifier, the one table of them: the handle above, and the full card's
 * identifier rows (ProfileCard lists all but the phone number, which has a row of its own).
 */
export const CHANNEL_IDENTIFIERS: readonly ChannelIdentifier[] = [
  { community: Community.Twitter, column: "twitterHandle", labelKey: "card.twitterHandle" },
  { community: Community.WeChat, column: "weChatOpenId", labelKey: "card.weChatOpenId" },
  { community: Community.AppleMessages, column: "appleMessagesSourceId", labelKey: "card.appleMessagesSourceId" },
  { community: Community.WhatsApp, column: "phoneNumber", labelKey: "card.phoneNumber" },
];

const present = (value: string | null | undefined): value is string => value != null && value.trim() !== "";

export function channelHandle(profile: SocialProfileData): ChannelHandle | undefined {
  const specific = CHANNEL_IDENTIFIERS.find((identifier) => identifier.community === profile.community);
  if (specific && present(profile[specific.column]))
    return { labelKey: specific.labelKey, value: profile[specific.column]!, column: specific.column };
  if (present(profile.profileName)) return { labelKey: "card.profileName", value: profile.profileName, column: "profileName" };
  return undefined;
}
