import { ChoiceOption, ColumnMetadata, INT32_MAX, INT32_MIN, TableMetadata } from "./types";
import { COMMUNITY_LABEL_KEYS, SOCIALPROFILE_STATE_CHOICES, SOCIALPROFILE_STATUS_CHOICES } from "./socialprofileChoices";
import { ENTITY_SETS } from "./entitySets";
import { PROFILE_NAME_COLUMN } from "./socialprofileName";
import { OWNER_COLUMN } from "./ownerColumn";

export * from "./socialprofileChoices";

/** Each community value's invariant English label, as in the metadata (the Web API's, the CLI's, test hosts'). */
const COMMUNITY_LABELS: Readonly<Record<number, string>> = {
  0: "Other",
  1: "Facebook",
  2: "Twitter",
  3: "Line",
  4: "Wechat",
  5: "Cortana",
  6: "Direct Line",
  7: "Microsoft Teams",
  8: "Direct Line Speech",
  9: "Email",
  10: "GroupMe",
  11: "Kik",
  12: "Telegram",
  13: "Skype",
  14: "Slack",
  15: "WhatsApp",
  16: "Apple Messages For Business",
  17: "Google's Business Messages",
};

/** The community column's choices: socialprofileChoices.ts's values and label keys, with their English labels. */
export const COMMUNITY_CHOICES: readonly ChoiceOption[] = COMMUNITY_LABEL_KEYS.map(({ value, labelKey }) => ({
  value,
  label: COMMUNITY_LABELS[value],
  labelKey,
}));

/**
 * socialprofile: the Dataverse base table (docs/platform-facts.md#socialprofile-entity-set-socialprofiles-id-socialprofileid-primary-name-profilename-user-owned) extended by Dynamics 365
 * (seed 000: opt-out, counts, phone, image link, Community 3–17) and Customer Service
 * (seed 001: Twitter handle lookup, Apple Messages source id, WeChat Open ID).
 */

const count = (logicalName: string, displayName: string): ColumnMetadata => ({
  logicalName,
  displayName,
  type: "integer",
  requiredLevel: "none",
  minValue: INT32_MIN,
  maxValue: INT32_MAX,
});

const columns: Record<string, ColumnMetadata> = {
  /** Unique identifier of the social profile. */
  socialprofileid: {
    logicalName: "socialprofileid",
    displayName: "Social Profile",
    type: "uniqueidentifier",
    requiredLevel: "systemRequired",
    platformDefault: true,
  },
  /** The handle of the profile on its social channel (its own file: the controls import it alone). */
  profilename: PROFILE_NAME_COLUMN,
  /** The display name of the person behind the profile. */
  profilefullname: {
    logicalName: "profilefullname",
    displayName: "Profile Full Name",
    type: "string",
    requiredLevel: "none",
    maxLength: 160,
  },
  /** Link to the profile on its social channel. */
  profilelink: {
    logicalName: "profilelink",
    displayName: "Profile Link",
    type: "string",
    requiredLevel: "none",
    maxLength: 100,
    format: "url",
  },
  /** The channel's stable identifier of the user. */
  uniqueprofileid: {
    logicalName: "uniqueprofileid",
    displayName: "Unique Profile ID",
    type: "string",
    requiredLevel: "none",
    maxLength: 100,
  },
  /** The social channel of the profile. */
  community: {
    logicalName: "community",
    displayName: "Community",
    type: "choice",
    requiredLevel: "none",
    choices: COMMUNITY_CHOICES,
    createOnly: true,
  },
  /** The account or contact the profile belongs to. */
  customerid: {
    logicalName: "customerid",
    displayName: "Customer",
    type: "customer",
    requiredLevel: "none",
    targets: ["account", "contact"],
  },
  /** Whether the profile is blocked. */
  blocked: {
    logicalName: "blocked",
    displayName: "Blocked",
    type: "boolean",
    requiredLevel: "none",
    defaultValue: false,
  },
  /** The influence score of the profile. */
  influencescore: {
    logicalName: "influencescore",
    displayName: "Influence Score",
    type: "double",
    requiredLevel: "none",
    minValue: 0,
    maxValue: 1_000_000_000,
    precision: 2,
  },
  /** Whether the social profile is active or inactive. */
  statecode: {
    logicalName: "statecode",
    displayName: "Status",
    type: "state",
    requiredLevel: "systemRequired",
    choices: SOCIALPROFILE_STATE_CHOICES,
    notValidForCreate: true,
    platformDefault: true,
  },
  /** The reason for the status of the social profile. */
  statuscode: {
    logicalName: "statuscode",
    displayName: "Status Reason",
    type: "status",
    requiredLevel: "none",
    choices: SOCIALPROFILE_STATUS_CHOICES,
  },
  /** Flag specifying whether Customer has opted out of getting messages using this SP. */
  msdyn_customeroptout: {
    logicalName: "msdyn_customeroptout",
    displayName: "customeroptout",
    type: "boolean",
    requiredLevel: "none",
    defaultValue: false,
  },
  /** Customer's Followers on the Social channel. */
  msdyn_ocfollowercount: count("msdyn_ocfollowercount", "Follower Count"),
  /** Customer's followings on the Social channel */
  msdyn_ocfollowingcount: count("msdyn_ocfollowingcount", "Followings Count"),
  /** Customer's Friend count on the Social Channel */
  msdyn_ocfriendcount: count("msdyn_ocfriendcount", "Friend Count"),
  /** The phone number of the social profile. */
  msdyn_phonenumber: {
    logicalName: "msdyn_phonenumber",
    displayName: "Phone number",
    type: "string",
    requiredLevel: "none",
    maxLength: 100,
    format: "phone",
  },
  /** Link to the Customer's Social Channel Profile image. */
  msdyn_profileimagelink: {
    logicalName: "msdyn_profileimagelink",
    displayName: "Profile Image Link",
    type: "string",
    requiredLevel: "none",
    maxLength: 4000,
    format: "url",
  },
  /** Lookup for Twitter Handle entity. */
  msdyn_octwitterhandleid: {
    logicalName: "msdyn_octwitterhandleid",
    displayName: "Twitter Handle Id",
    type: "lookup",
    requiredLevel: "none",
    targets: ["msdyn_octwitterhandle"],
  },
  /** Source Id field of social profile entity for Apple Business Messages channel. */
  msdyn_sourceid: {
    logicalName: "msdyn_sourceid",
    displayName: "Source Id",
    type: "string",
    requiredLevel: "none",
    maxLength: 200,
  },
  /** Open ID field of social profile entity for WeChat channel. */
  msdyn_wechatopenid: {
    logicalName: "msdyn_wechatopenid",
    displayName: "WeChat Open ID",
    type: "string",
    requiredLevel: "none",
    maxLength: 200,
  },
  /** The user or team that owns the profile. */
  ownerid: OWNER_COLUMN,
};

export const socialprofile: TableMetadata = {
  logicalName: "socialprofile",
  entitySetName: ENTITY_SETS.socialprofile,
  primaryIdAttribute: "socialprofileid",
  primaryNameAttribute: "profilename",
  displayName: "Social Profile",
  columns,
};
