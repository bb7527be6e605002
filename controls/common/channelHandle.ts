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

const HANDLE_BY_COMMUNITY: Readonly<Record<number, { column: HandleColumn; labelKey: string }>> = {
  [Community.Twitter]: { column: "twitterHandle", labelKey: "card.twitterHandle" },
  [Community.WeChat]: { column: "weChatOpenId", labelKey: "card.weChatOpenId" },
  [Community.AppleMessages]: { column: "appleMessagesSourceId", labelKey: "card.appleMessagesSourceId" },
  [Community.WhatsApp]: { column: "phoneNumber", labelKey: "card.phoneNumber" },
};

const present = (value: string | null | undefined): value is string => value != null && value.trim() !== "";

export function channelHandle(profile: SocialProfileData): ChannelHandle | undefined {
  const specific = profile.community == null ? undefined : HANDLE_BY_COMMUNITY[profile.community];
  if (specific && present(profile[specific.column])) return { ...specific, value: profile[specific.column]! };
  if (present(profile.profileName)) return { labelKey: "card.profileName", value: profile.profileName, column: "profileName" };
  return undefined;
}
