import {
  DecimalNumberPropertyMock,
  EnumPropertyMock,
  LookupPropertyMock,
  OptionSetPropertyMock,
  StringPropertyMock,
  TwoOptionsPropertyMock,
  WholeNumberPropertyMock,
} from "@shko.online/componentframework-mock";

/** The SocialProfileCard manifest's properties with the mock type of each: tests and the playground host it alike. */
export const CARD_PROPERTIES = {
  profileName: StringPropertyMock,
  fullName: StringPropertyMock,
  community: OptionSetPropertyMock,
  followerCount: WholeNumberPropertyMock,
  followingCount: WholeNumberPropertyMock,
  friendCount: WholeNumberPropertyMock,
  influenceScore: DecimalNumberPropertyMock,
  optOut: TwoOptionsPropertyMock,
  phoneNumber: StringPropertyMock,
  profileImageLink: StringPropertyMock,
  profileLink: StringPropertyMock,
  twitterHandle: LookupPropertyMock,
  weChatOpenId: StringPropertyMock,
  appleMessagesSourceId: StringPropertyMock,
  blocked: TwoOptionsPropertyMock,
  countsShown: EnumPropertyMock,
  layout: EnumPropertyMock,
};
