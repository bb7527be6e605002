import { ColumnMetadata, contact, socialactivity, socialprofile } from "../schema";
import { Diagnostic, diagnostic, judgeUrl, shownValue, parseIsoDateTime, validateDateTime, validateValue } from "../rules";
import { ADDITIONAL_PARAMS_KEYS, INFLUENCE_SCORE_RANGE, NOTES_MAX_LENGTH, SENTIMENT_VALUES, TARGET_ENTITY_NAME } from "./payloadContract";
import { storedPostUrl } from "./postUrl";
import { caseVariantKeys, Found, isJsonObject, JsonObject, readKey } from "./readKeys";

/** Deeper than any social feed nests its payload (Microsoft's sample: 2 levels). */
export const MAX_PAYLOAD_DEPTH = 64;

/** A social post payload (seed 004) that passed every check, in the shape intake needs. */
export interface SocialPost {
  postmessagetype?: number;
  community: number;
  sentimentvalue: number | null;
  /** As the feed sent it, trimmed (postUrl.ts: only the lookup key is normalised). */
  posturl: string;
  description?: string;
  subject?: string;
  /** UTC, as Dataverse stores it. */
  postedon?: string;
  author: {
    handle: string;
    fullName?: string;
    profilelink?: string;
    community: number;
    influencescore?: number;
    /** The contact's name parts, split from the full name (or the handle). */
    firstname?: string;
    lastname: string;
  };
  /** The payload as JSON text, kept in Additional Parameters. */
  additionalParams: string;
}

export type ParseResult = { ok: true; post: SocialPost; diagnostics: [] } | { ok: false; diagnostics: Diagnostic[] };

const column = (table: { columns: Readonly<Record<string, ColumnMetadata>> }, name: string) => table.columns[name];
const activity = (name: string) => column(socialactivity, name);
const profile = (name: string) => column(socialprofile, name);

/** null (and undefined, which JSON can't carry) count as absent. */
const present = (found: Found | undefined): found is Found => found !== undefined && found.value !== null && found.value !== undefined;

/** Parses and validates a payload. Never throws: every problem is a diagnostic on the payload key. */
export function parseSocialPost(payload: unknown): ParseResult {
  const diagnostics: Diagnostic[] = [];
  if (!isJsonObject(payload)) {
    return { ok: false, diagnostics: [diagnostic("", "type", { expected: "object" })] };
  }
  const at =
    (path: string) =>
    (found: Diagnostic): Diagnostic => ({ ...found, column: path });
  /** Checks a value against a target column; the diagnostic names the payload key. */
  const fits = (found: Found | undefined, target: ColumnMetadata, path = found?.key ?? target.logicalName): boolean => {
    if (!present(found)) return true;
    const problem = validateValue(target, found.value);
    if (problem) diagnostics.push(at(path)(problem));
    return !problem;
  };
  const need = (found: Found | undefined, path: string): found is Found => {
    if (present(found) && !(typeof found.value === "string" && found.value.trim() === "")) return true;
    diagnostics.push(diagnostic(path, "required"));
    return false;
  };

  for (const keys of caseVariantKeys(payload, [ADDITIONAL_PARAMS_KEYS])) {
    diagnostics.push(diagnostic(keys.join(", "), "format", {}, "validation.duplicateKey"));
  }
  const messageType = readKey(payload, "postmessagetype");
  fits(messageType, activity("postmessagetype"));
  const community = readKey(payload, "community");
  if (need(community, "community")) fits(community, activity("community"));
  const sentiment = readKey(payload, "sentimentvalue");
  checkSentiment(sentiment, diagnostics);
  // Surrounding spaces are the feed's noise, not part of the link: trimmed before any check.
  const postUrl = trimmed(readKey(payload, "posturl"));
  if (need(postUrl, "posturl")) fits(postUrl, activity("posturl"));
  const description = readKey(payload, "description");
  fits(description, activity("description"));
  const subject = readKey(payload, "subject");
  fits(subject, activity("subject"));
  const postedOn = readKey(payload, "postedon");
  checkPostedOn(postedOn, diagnostics);

  const additional = readKey(payload, ...ADDITIONAL_PARAMS_KEYS);
  const author = need(additional, ADDITIONAL_PARAMS_KEYS[0]) ? parseAuthor(additional, diagnostics, fits) : undefined;
  if (author && present(community) && author.community !== undefined && author.community !== community.value) {
    diagnostics.push(diagnostic(`${additional!.key}.community`, "choice", { value: String(author.community) }));
  }

  // JSON.stringify recurses: a payload nested deeper than any feed sends is refused before it.
  if (nestedDeeperThan(payload, MAX_PAYLOAD_DEPTH)) {
    diagnostics.push(diagnostic("", "format", { max: MAX_PAYLOAD_DEPTH }, "validation.payloadTooDeep"));
    return { ok: false, diagnostics };
  }
  const additionalParams = JSON.stringify(payload);
  fits({ key: "", value: additionalParams }, activity("activityadditionalparams"), "");

  if (diagnostics.length > 0 || !author) return { ok: false, diagnostics };
  const communityValue = community!.value as number;
  const text = (found: Found | undefined) => (present(found) ? (found.value as string) : undefined);
  const descriptionText = text(description);
  const subjectText = text(subject);
  return {
    ok: true,
    diagnostics: [],
    post: {
      postmessagetype: present(messageType) ? (messageType.value as number) : undefined,
      community: communityValue,
      sentimentvalue: present(sentiment) ? (sentiment.value as number) : null,
      posturl: storedPostUrl(postUrl!.value as string),
      description: descriptionText,
      // "Post title if available. Otherwise, it's the first 200 characters of the post content."
      subject: subjectText?.trim() ? subjectText : leadingText(descriptionText, activity("subject").maxLength!),
      postedon: present(postedOn) ? utcText(postedOn.value as string) : undefined,
      author: { ...author, community: author.community ?? communityValue },
      additionalParams,
    },
  };
}

type Fits = (found: Found | undefined, target: ColumnMetadata, path?: string) => boolean;

function parseAuthor(
  additional: Found,
  diagnostics: Diagnostic[],
  fits: Fits,
): (Omit<SocialPost["author"], "community"> & { community?: number }) | undefined {
  const base = additional.key;
  if (!isJsonObject(additional.value)) {
    diagnostics.push(diagnostic(base, "type", { expected: "object" }));
    return undefined;
  }
  const params: JsonObject = additional.value;
  const path = (found: Found) => `${base}.${found.key}`;
  for (const keys of caseVariantKeys(params)) {
    diagnostics.push(diagnostic(keys.map((key) => `${base}.${key}`).join(", "), "format", {}, "validation.duplicateKey"));
  }
  const read = (...names: string[]) => readKey(params, ...names);
  const before = diagnostics.length;

  const target = read("targetEntityName");
  if (present(target) && (typeof target.value !== "string" || target.value.toLowerCase() !== TARGET_ENTITY_NAME)) {
    diagnostics.push(diagnostic(path(target), "choice", { value: shownValue(target.value) }));
  }
  for (const name of ["userPreferredTargetEntity", "retweetedBy_displayName", "retweetedBy_externalId", "retweetedBy_screenName"]) {
    const found = read(name);
    if (present(found) && typeof found.value !== "string") diagnostics.push(diagnostic(path(found), "type", { expected: "text" }));
  }
  const retweet = read("isretweet");
  if (present(retweet) && typeof retweet.value !== "boolean") diagnostics.push(diagnostic(path(retweet), "type", { expected: "boolean" }));
  const backlink = read("MSEbacklinkPost");
  if (present(backlink)) checkLink(backlink, path(backlink), diagnostics);
  const notes = read("Notes");
  if (present(notes)) checkNotes(notes, path(notes), diagnostics);

  // socialHandle and profileName both carry the author's alias; the handle is the profile's key.
  const handleFound = [read("socialHandle"), read("profileName")].filter(present);
  handleFound.forEach((found) => fits(found, profile("profilename"), path(found)));
  const handle = handleFound.find((found) => typeof found.value === "string" && found.value.trim() !== "");
  if (!handle) diagnostics.push(diagnostic(`${base}.socialHandle`, "required"));
  const fullName = read("fullName");
  fits(fullName, profile("profilefullname"), fullName && path(fullName));
  const link = read("profilelink");
  fits(link, profile("profilelink"), link && path(link));
  const community = read("community");
  fits(community, socialactivity.columns.community, community && path(community));
  const influence = read("influencescore");
  if (present(influence) && fits(influence, profile("influencescore"), path(influence))) {
    const score = influence.value as number;
    if (score < INFLUENCE_SCORE_RANGE.min || score > INFLUENCE_SCORE_RANGE.max) {
      diagnostics.push(diagnostic(path(influence), "range", { ...INFLUENCE_SCORE_RANGE }));
    }
  }
  if (diagnostics.length > before || !handle) return undefined;

  const fullNameText = present(fullName) && typeof fullName.value === "string" && fullName.value.trim() !== "" ? fullName.value : undefined;
  const name = splitName(fullNameText ?? (handle.value as string), fullNameText ? path(fullName!) : path(handle), diagnostics);
  if (!name) return undefined;
  return {
    handle: (handle.value as string).trim(),
    fullName: fullNameText,
    profilelink: present(link) ? (link.value as string) : undefined,
    community: present(community) ? (community.value as number) : undefined,
    influencescore: present(influence) ? (influence.value as number) : undefined,
    ...name,
  };
}

/**
 * "Create a contact (full name)": fullname is computed by Dataverse, so the name is split at its
 * last space into first and last name (one word: last name only). A part too long for its
 * column is reported, never cut.
 */
function splitName(fullName: string, path: string, diagnostics: Diagnostic[]): { firstname?: string; lastname: string } | undefined {
  const trimmed = fullName.trim().replace(/\s+/g, " ");
  const space = trimmed.lastIndexOf(" ");
  const firstname = space > 0 ? trimmed.slice(0, space) : undefined;
  const lastname = space > 0 ? trimmed.slice(space + 1) : trimmed;
  const tooLong = [
    { part: firstname, max: contact.columns.firstname.maxLength! },
    { part: lastname, max: contact.columns.lastname.maxLength! },
  ].find(({ part, max }) => part !== undefined && part.length > max);
  if (tooLong) {
    diagnostics.push(diagnostic(path, "maxLength", { max: tooLong.max, actual: tooLong.part!.length }));
    return undefined;
  }
  return firstname === undefined ? { lastname } : { firstname, lastname };
}

function checkSentiment(found: Found | undefined, diagnostics: Diagnostic[]): void {
  if (!present(found)) return;
  if (typeof found.value !== "number") diagnostics.push(diagnostic(found.key, "type", { expected: "number" }));
  else if (!SENTIMENT_VALUES.includes(found.value)) diagnostics.push(diagnostic(found.key, "choice", { value: found.value }));
}

/** A timestamp with its offset (the feed's local time is meaningless without it), stored in UTC. */
function checkPostedOn(found: Found | undefined, diagnostics: Diagnostic[]): void {
  if (!present(found)) return;
  const problem = validateDateTime(found.key, found.value, { offsetRequired: true });
  if (problem) diagnostics.push(problem);
}

function checkLink(found: Found, path: string, diagnostics: Diagnostic[]): void {
  if (typeof found.value !== "string") {
    diagnostics.push(diagnostic(path, "type", { expected: "text" }));
    return;
  }
  const verdict = judgeUrl(found.value);
  if (!verdict.ok) diagnostics.push(diagnostic(path, verdict.code, {}, verdict.messageKey));
}

function checkNotes(found: Found, path: string, diagnostics: Diagnostic[]): void {
  if (typeof found.value !== "string") diagnostics.push(diagnostic(path, "type", { expected: "text" }));
  else if (found.value.length > NOTES_MAX_LENGTH) {
    diagnostics.push(diagnostic(path, "maxLength", { max: NOTES_MAX_LENGTH, actual: found.value.length }));
  }
}

/** The UTC form of a timestamp checkPostedOn passed. */
function utcText(value: string): string {
  const verdict = parseIsoDateTime(value, { offsetRequired: true });
  if (!verdict.ok) throw new Error("checked by checkPostedOn");
  return verdict.date.toISOString();
}

const trimmed = (found: Found | undefined): Found | undefined =>
  found && typeof found.value === "string" ? { key: found.key, value: found.value.trim() } : found;

/**
 * The start of `text` that fits `max` UTF-16 units (Dataverse's length), cut between code points
 * so no surrogate pair is split. Blank: undefined.
 */
export function leadingText(text: string | undefined, max: number): string | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  let length = 0;
  let end = 0;
  for (const character of text) {
    if (length + character.length > max) break;
    length += character.length;
    end += character.length;
  }
  return text.slice(0, end);
}

/** Iterative, so it can't overflow the stack itself. */
function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (typeof current !== "object" || current === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(current))
      if (typeof child === "object" && child !== null) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}
