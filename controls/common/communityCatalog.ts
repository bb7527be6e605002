import { siFacebook, siGoogle, siGroupme, siImessage, siKik, siLine, siTelegram, siWechat, siWhatsapp, siX } from "simple-icons";
import { COMMUNITY_CHOICES, Community, formatMessage } from "./schemaImports";

/**
 * Community choice value → what the card shows for it. Choice values and label keys come from
 * plugins-shim/schema; this file only adds the picture: a brand mark from simple-icons where the
 * channel's own mark exists there, a neutral Fluent icon otherwise (never a hand-drawn logo).
 */

/** A brand mark as simple-icons ships it: one 24×24 SVG path and the brand's colour. */
export interface BrandMark {
  kind: "brand";
  /** SVG path data on a 0 0 24 24 view box. */
  path: string;
  /** Brand colour "#RRGGBB", or undefined when the brand colour is black (X, Apple): those marks follow the text colour so they stay visible on dark themes. */
  color: string | undefined;
}

/** A neutral Fluent icon, named by what it depicts. */
export interface NeutralGlyph {
  kind: "neutral";
  icon: "mail" | "bot" | "chat";
}

export type CommunityGlyph = BrandMark | NeutralGlyph;

export interface CommunityEntry {
  value: number;
  /** Key of the localized label in the shared .resx strings. */
  labelKey: string;
  glyph: CommunityGlyph;
}

interface SimpleIconLike {
  path: string;
  hex: string;
}

/** Relative luminance (WCAG) below which a brand colour is treated as "black". */
const NEAR_BLACK_LUMINANCE = 0.05;

function luminance(hex: string): number {
  const channel = (offset: number): number => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

const brand = (icon: SimpleIconLike): BrandMark => ({
  kind: "brand",
  path: icon.path,
  color: luminance(icon.hex) < NEAR_BLACK_LUMINANCE ? undefined : `#${icon.hex}`,
});

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
  [Community.Other]: neutral("chat"),
  [Community.Facebook]: brand(siFacebook),
  [Community.Twitter]: brand(siX),
  [Community.Line]: brand(siLine),
  [Community.WeChat]: brand(siWechat),
  [Community.Cortana]: neutral("chat"),
  [Community.DirectLine]: neutral("bot"),
  [Community.Teams]: neutral("chat"),
  [Community.DirectLineSpeech]: neutral("bot"),
  [Community.Email]: neutral("mail"),
  [Community.GroupMe]: brand(siGroupme),
  [Community.Kik]: brand(siKik),
  [Community.Telegram]: brand(siTelegram),
  [Community.Skype]: neutral("chat"),
  [Community.Slack]: neutral("chat"),
  [Community.WhatsApp]: brand(siWhatsapp),
  [Community.AppleMessages]: brand(siImessage),
  [Community.GoogleBusinessMessages]: brand(siGoogle),
};

const CATALOG: ReadonlyMap<number, CommunityEntry> = new Map(
  COMMUNITY_CHOICES.map((choice) => [
    choice.value,
    { value: choice.value, labelKey: choice.labelKey, glyph: GLYPHS[choice.value] ?? neutral("chat") },
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
export function communityLabel(
  value: number,
  getString: (key: string) => string,
  hostFormattedLabel?: string | null,
): string {
  // A host that knows no label may echo the number: that is no name.
  const hostLabel = hostFormattedLabel?.trim();
  if (hostLabel && hostLabel !== String(value)) return hostLabel;
  const entry = getCommunity(value);
  if (entry) return getString(entry.labelKey);
  return formatMessage(getString("community.unknown"), { value });
}
