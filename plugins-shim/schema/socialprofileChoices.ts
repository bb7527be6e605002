import { ChoiceOption } from "./types";
import { ACTIVE_INACTIVE_STATE_CHOICES, ACTIVE_INACTIVE_STATUS_CHOICES } from "./stateChoices";

/**
 * socialprofile's choice columns on their own, without the table's column metadata: the card and
 * the gallery show communities and states but validate nothing, so their bundles import this file
 * and not ./socialprofile (which re-exports it for everything else).
 */

const choice = (value: number, label: string, key: string): ChoiceOption => ({
  value,
  label,
  labelKey: `community.${key}`,
});

/** Community 0–2 from the Dataverse base table, 3–17 from seed 000. */
export const COMMUNITY_CHOICES: readonly ChoiceOption[] = [
  choice(0, "Other", "other"),
  choice(1, "Facebook", "facebook"),
  choice(2, "Twitter", "twitter"),
  choice(3, "Line", "line"),
  choice(4, "Wechat", "wechat"),
  choice(5, "Cortana", "cortana"),
  choice(6, "Direct Line", "directLine"),
  choice(7, "Microsoft Teams", "teams"),
  choice(8, "Direct Line Speech", "directLineSpeech"),
  choice(9, "Email", "email"),
  choice(10, "GroupMe", "groupMe"),
  choice(11, "Kik", "kik"),
  choice(12, "Telegram", "telegram"),
  choice(13, "Skype", "skype"),
  choice(14, "Slack", "slack"),
  choice(15, "WhatsApp", "whatsApp"),
  choice(16, "Apple Messages For Business", "appleMessages"),
  choice(17, "Google's Business Messages", "googleBusinessMessages"),
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
