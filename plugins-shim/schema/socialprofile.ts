import { ColumnMetadata, INT32_MAX, INT32_MIN, TableMetadata } from "./types";
import { COMMUNITY_CHOICES, SOCIALPROFILE_STATE_CHOICES, SOCIALPROFILE_STATUS_CHOICES } from "./socialprofileChoices";
import { ENTITY_SETS } from "./entitySets";

export * from "./socialprofileChoices";

/**
 * socialprofile: the Dataverse base table (DATAVERSE-FACTS.md) extended by Dynamics 365
 * (seed 000: opt-out, counts, phone, image link, Community 3–17) and Customer Service
 * (seed 001: Twitter handle lookup, Apple Messages source id, WeChat Open ID).
 */

const count = (logicalName: string, displayName: string, description: string): ColumnMetadata => ({
  logicalName,
  displayName,
  description,
  type: "integer",
  requiredLevel: "none",
  minValue: INT32_MIN,
  maxValue: INT32_MAX,
});

const columns: Record<string, ColumnMetadata> = {
  socialprofileid: {
    logicalName: "socialprofileid",
    displayName: "Social Profile",
    description: "Unique identifier of the social profile.",
    type: "uniqueidentifier",
    requiredLevel: "systemRequired",
    platformDefault: true,
  },
  profilename: {
    logicalName: "profilename",
    displayName: "Profile Name",
    description: "The handle of the profile on its social channel.",
    type: "string",
    requiredLevel: "none",
    maxLength: 100,
  },
  profilefullname: {
    logicalName: "profilefullname",
    displayName: "Profile Full Name",
    description: "The display name of the person behind the profile.",
    type: "string",
    requiredLevel: "none",
    maxLength: 160,
  },
  profilelink: {
    logicalName: "profilelink",
    displayName: "Profile Link",
    description: "Link to the profile on its social channel.",
    type: "string",
    requiredLevel: "none",
    maxLength: 100,
    format: "url",
  },
  uniqueprofileid: {
    logicalName: "uniqueprofileid",
    displayName: "Unique Profile ID",
    description: "The channel's stable identifier of the user.",
    type: "string",
    requiredLevel: "none",
    maxLength: 100,
  },
  community: {
    logicalName: "community",
    displayName: "Community",
    description: "The social channel of the profile.",
    type: "choice",
    requiredLevel: "none",
    choices: COMMUNITY_CHOICES,
    createOnly: true,
  },
  customerid: {
    logicalName: "customerid",
    displayName: "Customer",
    description: "The account or contact the profile belongs to.",
    type: "customer",
    requiredLevel: "none",
    targets: ["account", "contact"],
  },
  blocked: {
    logicalName: "blocked",
    displayName: "Blocked",
    description: "Whether the profile is blocked.",
    type: "boolean",
    requiredLevel: "none",
    defaultValue: false,
  },
  influencescore: {
    logicalName: "influencescore",
    displayName: "Influence Score",
    description: "The influence score of the profile.",
    type: "double",
    requiredLevel: "none",
    minValue: 0,
    maxValue: 1_000_000_000,
    precision: 2,
  },
  statecode: {
    logicalName: "statecode",
    displayName: "Status",
    description: "Whether the social profile is active or inactive.",
    type: "state",
    requiredLevel: "systemRequired",
    choices: SOCIALPROFILE_STATE_CHOICES,
    notValidForCreate: true,
    platformDefault: true,
  },
  statuscode: {
    logicalName: "statuscode",
    displayName: "Status Reason",
    description: "The reason for the status of the social profile.",
    type: "status",
    requiredLevel: "none",
    choices: SOCIALPROFILE_STATUS_CHOICES,
  },
  msdyn_customeroptout: {
    logicalName: "msdyn_customeroptout",
    displayName: "customeroptout",
    description: "Flag specifying whether Customer has opted out of getting messages using this SP.",
    type: "boolean",
    requiredLevel: "none",
    defaultValue: false,
  },
  msdyn_ocfollowercount: count("msdyn_ocfollowercount", "Follower Count", "Customer's Followers on the Social channel."),
  msdyn_ocfollowingcount: count("msdyn_ocfollowingcount", "Followings Count", "Customer's followings on the Social channel"),
  msdyn_ocfriendcount: count("msdyn_ocfriendcount", "Friend Count", "Customer's Friend count on the Social Channel"),
  msdyn_phonenumber: {
    logicalName: "msdyn_phonenumber",
    displayName: "Phone number",
    description: "The phone number of the social profile.",
    type: "string",
    requiredLevel: "none",
    maxLength: 100,
    format: "phone",
  },
  msdyn_profileimagelink: {
    logicalName: "msdyn_profileimagelink",
    displayName: "Profile Image Link",
    description: "Link to the Customer's Social Channel Profile image.",
    type: "string",
    requiredLevel: "none",
    maxLength: 4000,
    format: "url",
  },
  msdyn_octwitterhandleid: {
    logicalName: "msdyn_octwitterhandleid",
    displayName: "Twitter Handle Id",
    description: "Lookup for Twitter Handle entity.",
    type: "lookup",
    requiredLevel: "none",
    targets: ["msdyn_octwitterhandle"],
  },
  msdyn_sourceid: {
    logicalName: "msdyn_sourceid",
    displayName: "Source Id",
    description: "Source Id field of social profile entity for Apple Business Messages channel.",
    type: "string",
    requiredLevel: "none",
    maxLength: 200,
  },
  msdyn_wechatopenid: {
    logicalName: "msdyn_wechatopenid",
    displayName: "WeChat Open ID",
    description: "Open ID field of social profile entity for WeChat channel.",
    type: "string",
    requiredLevel: "none",
    maxLength: 200,
  },
  ownerid: {
    logicalName: "ownerid",
    displayName: "Owner",
    description: "The user or team that owns the profile.",
    type: "owner",
    requiredLevel: "systemRequired",
    targets: ["systemuser", "team"],
    platformDefault: true,
  },
};

export const socialprofile: TableMetadata = {
  logicalName: "socialprofile",
  entitySetName: ENTITY_SETS.socialprofile,
  primaryIdAttribute: "socialprofileid",
  primaryNameAttribute: "profilename",
  displayName: "Social Profile",
  columns,
};
