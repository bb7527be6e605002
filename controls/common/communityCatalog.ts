import { COMMUNITY_LABEL_KEYS, Community, formatMessage } from "./schemaImports";

/**
 * Community choice value → what the card shows for it. Choice values and label keys come from
 * plugins-shim/schema; this file only adds the picture: a brand mark from simple-icons where the
 * channel's own mark exists there, a neutral Fluent icon otherwise (never a hand-drawn logo).
 * Only the picture's name lives here: its path data (and a brand's colour) ship in the controls'
 * image resource (img/communityMarks.svg, generated from simple-icons and @fluentui/react-icons by
 * scripts/communityMarks.ts) and are loaded once per page (communityMarks.ts), so the bundles
 * carry no community picture's path.
 */

/** The simple-icons slugs of the brand marks the catalog uses (sprite symbol ids). */
export const BRAND_MARKS = ["facebook", "x", "line", "wechat", "groupme", "kik", "telegram", "whatsapp", "imessage", "google"] as const;
export type BrandMarkId = (typeof BRAND_MARKS)[number];

/**
 * The neutral Fluent pictures, named by what they depict (sprite symbol ids): "unknown" is for a
 * value the schema does not know.
 */
export const NEUTRAL_PICTURES = ["mail", "bot", "chat", "unknown"] as const;
export type NeutralPictureId = (typeof NEUTRAL_PICTURES)[number];

/** Every community picture the sprite holds, by symbol id. */
export type CommunityPictureId = BrandMarkId | NeutralPictureId;

/** A brand mark, named by its simple-icons slug. */
export interface BrandMark {
  kind: "brand";
  mark: BrandMarkId;
}

/** A neutral Fluent icon, named by what it depicts. */
export interface NeutralGlyph {
  kind: "neutral";
  icon: Exclude<NeutralPictureId, "unknown">;
}

export type CommunityGlyph = BrandMark | NeutralGlyph;

export interface CommunityEntry {
  value: number;
  /** Key of the localized label in the shared .resx strings. */
  labelKey: string;
  glyph: CommunityGlyph;
}

const brand = (mark: BrandMarkId): BrandMark => ({ kind: "brand", mark });

const neutral = (icon: NeutralGlyph["icon"]): NeutralGlyph => ({ kind: "neutral", icon });

/**
 * The picture per channel. Checked against simple-icons 16.37.0:
 * - Facebook, X (Twitter's current mark), LINE, WeChat, WhatsApp, Telegram, Kik, GroupMe: the channel's own mark.
 * - Apple Messages for Business: simple-icons' "iMessage" is Apple's Messages app mark, the app these
 *   conversations happen in, so it names the channel truthfully.
 * - Google's Business Messages: simple-icons has no mark for it, and "Google Messages" is a different
 *   product (the Android SMS/RCS app); the Google "G" names the vendor without claiming another product.
 * - Skype, Slack, Microsoft Teams, Cortana: not in simple-icons (removed at the owners' request) → chat.
 * - Email → mail; Direct Line and Direct Line Speech (Bot Framework) → bot; Other → chat.
 */
const GLYPHS: Readonly<Record<number, CommunityGlyph>> = {
  [Community.Facebook]: brand("facebook"),
  [Community.Twitter]: brand("x"),
  [Community.Line]: brand("line"),
  [Community.WeChat]: brand("wechat"),
  [Community.DirectLine]: neutral("bot"),
  [Community.DirectLineSpeech]: neutral("bot"),
  [Community.Email]: neutral("mail"),
  [Community.GroupMe]: brand("groupme"),
  [Community.Kik]: brand("kik"),
  [Community.Telegram]: brand("telegram"),
  [Community.WhatsApp]: brand("whatsapp"),
  [Community.AppleMessages]: brand("imessage"),
  [Community.GoogleBusinessMessages]: brand("google"),
};

/** Other, Cortana, Teams, Skype, Slack and any choice added to the schema later: the chat icon. */
const CHAT = neutral("chat");

const CATALOG: ReadonlyMap<number, CommunityEntry> = new Map(
  COMMUNITY_LABEL_KEYS.map((choice) => [
    choice.value,
    { value: choice.value, labelKey: choice.labelKey, glyph: GLYPHS[choice.value] ?? CHAT },
  ]),
);

/** Every known community, in choice order (for filters and tests). */
export const COMMUNITY_CATALOG: readonly CommunityEntry[] = [...CATALOG.values()];

/** The entry of a known community, or undefined for a value the schema does not know. */
export function getCommunity(value: number | null | undefined): CommunityEntry | undefined {
  return value == null ? undefined : CATALOG.get(value);
}

/**
 * The label to show for a community value: the label the host formatted from the column's
 * metadata first (the environment's own, possibly customized, label in the user's language), then
 * our localized label of a known value, else the localized "Unknown channel ({value})".
 */
const NUMBER_ECHO = /^[-+]?[\d\s.,'\u00a0\u202f\u066b\u066c]+$/;

export function communityLabel(value: number, getString: (key: string) => string, hostFormattedLabel?: string | null): string {
  // A host that knows no label may echo the number, plain or grouped (pcf-start writes a choice
  // as "100,000,000"): digits and separators alone are no name.
  const hostLabel = hostFormattedLabel?.trim();
  if (hostLabel && !NUMBER_ECHO.test(hostLabel)) return hostLabel;
  const entry = getCommunity(value);
  if (entry) return getString(entry.labelKey);
  return formatMessage(getString("community.unknown"), { value });
}
