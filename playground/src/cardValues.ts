import { Community } from "../../plugins-shim/schema";

/** The card's bound and input properties as the side panel edits them (manifest property names). */
export interface CardValues {
  profileName: string;
  fullName: string;
  community: number | null;
  followerCount: number | null;
  followingCount: number | null;
  friendCount: number | null;
  influenceScore: number | null;
  optOut: boolean;
  phoneNumber: string;
  profileImageLink: string;
  profileLink: string;
  /** Name of the msdyn_octwitterhandle lookup ("" = empty lookup). */
  twitterHandle: string;
  weChatOpenId: string;
  appleMessagesSourceId: string;
  blocked: boolean;
  countsShown: "all" | "followers" | "followersAndFollowing" | "none";
  layout: "full" | "compact";
}

export const INITIAL_CARD_VALUES: CardValues = {
  profileName: "contoso_fan",
  fullName: "Ada Byron",
  community: Community.Twitter,
  followerCount: 12_345,
  followingCount: 678,
  friendCount: 9,
  influenceScore: 42.5,
  optOut: false,
  phoneNumber: "+1 425 555 0100",
  profileImageLink: "",
  profileLink: "https://x.com/contoso_fan",
  twitterHandle: "@contoso",
  weChatOpenId: "",
  appleMessagesSourceId: "",
  blocked: false,
  countsShown: "all",
  layout: "full",
};

/** How the maker put the card on the form and what field security grants: changing it reloads the form. */
export interface CardFormShape {
  /** The opt-out property is bound to msdyn_customeroptout (false: the maker left it unbound). */
  optOutBound: boolean;
  /** A column field security hides from the user (readable false), or "" for none. */
  hiddenColumn: "" | HideableColumn;
}

export type HideableColumn = "fullName" | "phoneNumber" | "followerCount" | "optOut" | "profileLink";
export const HIDEABLE_COLUMNS: readonly HideableColumn[] = ["fullName", "phoneNumber", "followerCount", "optOut", "profileLink"];

export const INITIAL_FORM_SHAPE: CardFormShape = { optOutBound: true, hiddenColumn: "" };

/** The raw values the fake host binds: the lookup as a LookupValue, empty text as null. */
export function toBoundValues(values: CardValues): Record<string, unknown> {
  const text = (value: string): string | null => (value === "" ? null : value);
  return {
    ...values,
    profileName: text(values.profileName),
    fullName: text(values.fullName),
    phoneNumber: text(values.phoneNumber),
    profileImageLink: text(values.profileImageLink),
    profileLink: text(values.profileLink),
    weChatOpenId: text(values.weChatOpenId),
    appleMessagesSourceId: text(values.appleMessagesSourceId),
    twitterHandle:
      values.twitterHandle === ""
        ? null
        : { entityType: "msdyn_octwitterhandle", id: "6f1c1b9e-0000-0000-0000-000000000001", name: values.twitterHandle },
  };
}
