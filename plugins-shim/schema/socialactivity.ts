import { ChoiceOption, ColumnMetadata, TableMetadata } from "./types";
import { COMMUNITY_CHOICES } from "./socialprofile";
import { ENTITY_SETS } from "./entitySets";
import { OWNER_COLUMN } from "./ownerColumn";

/**
 * socialactivity: only the columns social post intake writes (docs/platform-facts.md#socialactivity-entity-set-socialactivities-id-activityid-primary-name-subject, checked
 * against the Dataverse table reference). Community uses the base values 0–2 of the shared
 * `socialprofile_community` choice, which is all this table lists.
 */

export const POST_MESSAGE_TYPE_CHOICES: readonly ChoiceOption[] = [
  { value: 0, label: "Public Message", labelKey: "postMessageType.public" },
  { value: 1, label: "Private Message", labelKey: "postMessageType.private" },
];

export const SOCIALACTIVITY_STATE_CHOICES: readonly ChoiceOption[] = [
  { value: 0, label: "Open", labelKey: "state.open" },
  { value: 1, label: "Completed", labelKey: "state.completed" },
  { value: 2, label: "Canceled", labelKey: "state.canceled" },
];

export const SOCIALACTIVITY_STATUS_CHOICES: readonly ChoiceOption[] = [
  { value: 4, label: "Open", labelKey: "status.open", state: 0 },
  { value: 1, label: "Completed", labelKey: "status.completed", state: 1 },
  { value: 2, label: "Failed", labelKey: "status.failed", state: 1 },
  { value: 3, label: "Processing", labelKey: "status.processing", state: 1 },
  { value: 5, label: "Canceled", labelKey: "status.canceled", state: 2 },
];

const text = (logicalName: string, displayName: string, maxLength: number, extra: Partial<ColumnMetadata> = {}): ColumnMetadata => ({
  logicalName,
  displayName,
  type: "string",
  requiredLevel: "none",
  maxLength,
  ...extra,
});

const customer = (logicalName: string, displayName: string, requiredLevel: ColumnMetadata["requiredLevel"]): ColumnMetadata => ({
  logicalName,
  displayName,
  type: "customer",
  requiredLevel,
  targets: ["account", "contact"],
});

export const socialactivity: TableMetadata = {
  logicalName: "socialactivity",
  entitySetName: ENTITY_SETS.socialactivity,
  primaryIdAttribute: "activityid",
  primaryNameAttribute: "subject",
  displayName: "Social Activity",
  columns: {
    /** Unique identifier of the activity. */
    activityid: {
      logicalName: "activityid",
      displayName: "Activity",
      type: "uniqueidentifier",
      requiredLevel: "systemRequired",
      platformDefault: true,
    },
    /** Subject associated with the activity. */
    subject: text("subject", "Subject", 200),
    /** The content of the social post. */
    description: {
      logicalName: "description",
      displayName: "Post Description",
      type: "memo",
      requiredLevel: "none",
      maxLength: 2000,
    },
    /** Whether the post was a public or a private message. */
    postmessagetype: {
      logicalName: "postmessagetype",
      displayName: "Received As",
      type: "choice",
      requiredLevel: "none",
      choices: POST_MESSAGE_TYPE_CHOICES,
    },
    /** The social channel the post came from. */
    community: {
      logicalName: "community",
      displayName: "Social Channel",
      type: "choice",
      requiredLevel: "none",
      choices: COMMUNITY_CHOICES.filter((option) => option.value <= 2),
      createOnly: true,
    },
    /** Sentiment of the post as a number. */
    sentimentvalue: {
      logicalName: "sentimentvalue",
      displayName: "Sentiment Value",
      type: "double",
      requiredLevel: "none",
      minValue: -100_000_000_000,
      maxValue: 100_000_000_000,
      precision: 2,
      createOnly: true,
    },
    /** The URL of the post. */
    posturl: text("posturl", "Post URL", 200, { format: "url" }),
    /** Unique identifier of the post. */
    postid: text("postid", "Post ID", 160),
    /** Unique identifier of the social conversation. */
    threadid: text("threadid", "Thread ID", 160),
    /** Identifier of the post this one answers. */
    inresponseto: text("inresponseto", "In Response To", 160),
    /** The recipients of the post. */
    posttoprofileid: text("posttoprofileid", "Posted To", 200),
    /** The author's social profile. */
    postfromprofileid: {
      logicalName: "postfromprofileid",
      displayName: "Posted By",
      type: "lookup",
      requiredLevel: "none",
      targets: ["socialprofile"],
    },
    /** The contact or account that authored the post. */
    postauthor: customer("postauthor", "Post Author", "none"),
    /** The parent account or contact of the post's author. */
    postauthoraccount: customer("postauthoraccount", "Post Author Account", "applicationRequired"),
    /** When the author published the post (stored in UTC). */
    postedon: {
      logicalName: "postedon",
      displayName: "Posted On",
      type: "datetime",
      requiredLevel: "none",
    },
    /** The post's JSON payload as text. */
    activityadditionalparams: {
      logicalName: "activityadditionalparams",
      displayName: "Additional Parameters",
      type: "memo",
      requiredLevel: "none",
      maxLength: 8192,
    },
    /** Whether the social activity is open, completed or canceled. */
    statecode: {
      logicalName: "statecode",
      displayName: "Status",
      type: "state",
      requiredLevel: "systemRequired",
      choices: SOCIALACTIVITY_STATE_CHOICES,
      notValidForCreate: true,
      platformDefault: true,
    },
    /** Whether the social activity is completed, failed or processing. */
    statuscode: {
      logicalName: "statuscode",
      displayName: "Status Reason",
      type: "status",
      requiredLevel: "none",
      choices: SOCIALACTIVITY_STATUS_CHOICES,
    },
    /** The user or team who owns the activity. */
    ownerid: OWNER_COLUMN,
  },
};
