import type { SocialProfileData } from "../../common/profileData";
import { CARD_FIELDS, CardField, ColumnMap } from "./columns";

/** The part of a dataset record the gallery reads (ComponentFramework's EntityRecord fits it). */
export interface RecordLike {
  getRecordId(): string;
  getValue(columnName: string): unknown;
  getFormattedValue(columnName: string): string | null;
}

/**
 * Dataset values arrive in host-dependent shapes: numbers as numbers or strings, two-options
 * as booleans or "1"/"0", lookups as references or arrays of them. Each reader turns one shape
 * family into the card's plain type, or null (the card shows "—").
 */
function text(value: unknown): string | null {
  if (value == null) return null;
  const result = typeof value === "string" ? value : typeof value === "number" ? String(value) : null;
  return result === null || result.trim() === "" ? null : result;
}

function numeric(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && value.trim() !== "") {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

function yesNo(value: unknown): boolean | null {
  if (typeof value === "boolean") return value;
  if (value === 1 || value === "1" || value === "true") return true;
  if (value === 0 || value === "0" || value === "false") return false;
  return null;
}

function lookupName(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (first && typeof first === "object" && "name" in first) return text((first as { name?: unknown }).name);
  return text(first);
}

type Reader = (value: unknown) => string | number | boolean | null;

/** The fields that are not plain text; every other card field reads with `text`. */
const READERS: Readonly<Partial<Record<CardField, Reader>>> = {
  community: numeric,
  followerCount: numeric,
  followingCount: numeric,
  friendCount: numeric,
  influenceScore: numeric,
  optOut: yesNo,
  twitterHandle: lookupName,
  blocked: yesNo,
  state: numeric,
};

/** One record → the card's data; unmapped fields stay null. */
export function readProfile(record: RecordLike, columns: ColumnMap): SocialProfileData {
  const profile = { communityFormatted: null } as Record<keyof SocialProfileData, unknown>;
  for (const name of CARD_FIELDS) {
    const column = columns[name];
    let value = column ? (READERS[name] ?? text)(record.getValue(column)) : null;
    // A lookup the host hands back without a name still has a formatted value.
    if (value === null && column && name === "twitterHandle") value = text(record.getFormattedValue(column));
    profile[name] = value;
  }
  if (columns.community) profile.communityFormatted = text(record.getFormattedValue(columns.community));
  return profile as unknown as SocialProfileData;
}
