import { ACTIVE_INACTIVE_STATE_CHOICES, ACTIVE_INACTIVE_STATUS_CHOICES } from "./stateChoices";

/**
 * socialprofile's choice columns on their own, without the table's column metadata: the card and
 * the gallery show communities and states but validate nothing, so their bundles import this file
 * and not ./socialprofile (which re-exports it for everything else). They show a community by the
 * host's label, else by its .resx label: the invariant English labels are ./socialprofile's
 * (COMMUNITY_CHOICES), out of their bundles.
 */

const community = (value: number, key: string): CommunityLabelKey => ({ value, labelKey: `community.${key}` });

export interface CommunityLabelKey {
  value: number;
  labelKey: string;
}

/** Community 0–2 from the Dataverse base table, 3–17 from seed 000, each with its .resx label's key. */
export const COMMUNITY_LABEL_KEYS: readonly CommunityLabelKey[] = [
  community(0, "other"),
  community(1, "facebook"),
  community(2, "twitter"),
  community(3, "line"),
  community(4, "wechat"),
  community(5, "cortana"),
  community(6, "directLine"),
  community(7, "teams"),
  community(8, "directLineSpeech"),
  community(9, "email"),
  community(10, "groupMe"),
  community(11, "kik"),
  community(12, "telegram"),
  community(13, "skype"),
  community(14, "slack"),
  community(15, "whatsApp"),
  community(16, "appleMessages"),
  community(17, "googleBusinessMessages"),
];

/** Named values for code that branches on a community (icons, handles). */
export const Community = {
  Other: 0,
  Facebook: 1,
  Twitter: 2,
  Line: 3,
  WeChat: 4,
  Cortana: 5,
  DirectLine: 6,
  Teams: 7,
  DirectLineSpeech: 8,
  Email: 9,
  GroupMe: 10,
  Kik: 11,
  Telegram: 12,
  Skype: 13,
  Slack: 14,
  WhatsApp: 15,
  AppleMessages: 16,
  GoogleBusinessMessages: 17,
} as const;

export const SOCIALPROFILE_STATE_CHOICES = ACTIVE_INACTIVE_STATE_CHOICES;

export const SOCIALPROFILE_STATUS_CHOICES = ACTIVE_INACTIVE_STATUS_CHOICES;
