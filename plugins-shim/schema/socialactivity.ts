import { ChoiceOption, ColumnMetadata, TableMetadata } from "./types";
import { COMMUNITY_CHOICES } from "./socialprofile";
import { ENTITY_SETS } from "./entitySets";

/**
 * socialactivity: only the columns social post intake writes (DATAVERSE-FACTS.md, checked
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

const text = (
  logicalName: string,
  displayName: string,
  description: string,
  maxLength: number,
  extra: Partial<ColumnMetadata> = {},
): ColumnMetadata => ({ logicalName, displayName, description, type: "string", requiredLevel: "none", maxLength, ...extra });

const customer = (logicalName: string, displayName: string, description: string, requiredLevel: ColumnMetadata["requiredLevel"]): ColumnMetadata => ({
  logicalName,
  displayName,
  description,
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
    activityid: {
      logicalName: "activityid",
      displayName: "Activity",
      description: "Unique identifier of the activity.",
      type: "uniqueidentifier",
      requiredLevel: "systemRequired",
      platformDefault: true,
    },
    subject: text("subject", "Subject", "Subject associated with the activity.", 200),
    description: {
      logicalName: "description",
      displayName: "Post Description",
      description: "The content of the social post.",
      type: "memo",
      requiredLevel: "none",
      maxLength: 2000,
    },
    postmessagetype: {
      logicalName: "postmessagetype",
      displayName: "Received As",
      description: "Whether the post was a public or a private message.",
      type: "choice",
      requiredLevel: "none",
      choices: POST_MESSAGE_TYPE_CHOICES,
    },
    community: {
      logicalName: "community",
      displayName: "Social Channel",
      description: "The social channel the post came from.",
      type: "choice",
      requiredLevel: "none",
      choices: COMMUNITY_CHOICES.filter((option) => option.value <= 2),
      createOnly: true,
    },
    sentimentvalue: {
      logicalName: "sentimentvalue",
      displayName: "Sentiment Value",
      description: "Sentiment of the post as a number.",
      type: "double",
      requiredLevel: "none",
      minValue: -100_000_000_000,
      maxValue: 100_000_000_000,
      precision: 2,
      createOnly: true,
    },
    posturl: text("posturl", "Post URL", "The URL of the post.", 200, { format: "url" }),
    postid: text("postid", "Post ID", "Unique identifier of the post.", 160),
    threadid: text("threadid", "Thread ID", "Unique identifier of the social conversation.", 160),
    inresponseto: text("inresponseto", "In Response To", "Identifier of the post this one answers.", 160),
    posttoprofileid: text("posttoprofileid", "Posted To", "The recipients of the post.", 200),
    postfromprofileid: {
      logicalName: "postfromprofileid",
      displayName: "Posted By",
      description: "The author's social profile.",
      type: "lookup",
      requiredLevel: "none",
      targets: ["socialprofile"],
    },
    postauthor: customer("postauthor", "Post Author", "The contact or account that authored the post.", "none"),
    postauthoraccount: customer(
      "postauthoraccount",
      "Post Author Account",
      "The parent account or contact of the post's author.",
      "applicationRequired",
    ),
    postedon: {
      logicalName: "postedon",
      displayName: "Posted On",
      description: "When the author published the post (stored in UTC).",
      type: "datetime",
      requiredLevel: "none",
    },
    activityadditionalparams: {
      logicalName: "activityadditionalparams",
      displayName: "Additional Parameters",
      description: "The post's JSON payload as text.",
      type: "memo",
      requiredLevel: "none",
      maxLength: 8192,
    },
    statecode: {
      logicalName: "statecode",
      displayName: "Status",
      description: "Whether the social activity is open, completed or canceled.",
      type: "state",
      requiredLevel: "systemRequired",
      choices: SOCIALACTIVITY_STATE_CHOICES,
      notValidForCreate: true,
      platformDefault: true,
    },
    statuscode: {
      logicalName: "statuscode",
      displayName: "Status Reason",
      description: "Whether the social activity is completed, failed or processing.",
      type: "status",
      requiredLevel: "none",
      choices: SOCIALACTIVITY_STATUS_CHOICES,
    },
    ownerid: {
      logicalName: "ownerid",
      displayName: "Owner",
      description: "The user or team who owns the activity.",
      type: "owner",
      requiredLevel: "systemRequired",
      targets: ["systemuser", "team"],
      platformDefault: true,
    },
  },
};
