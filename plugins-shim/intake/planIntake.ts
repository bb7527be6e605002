import { RecordData } from "../client";
import { contact, socialactivity, socialprofile } from "../schema";
import { entitySetOf } from "../schema/entitySets";
import { OrganizationService } from "../pipeline";
import { SocialPost } from "./parsePayload";
import { postUrlKey, postUrlSearchText, samePostUrl } from "./postUrl";
import { activityIdOf, contactIdOf, profileIdOf } from "./intakeIds";
import { ErrorCodes, normalizeErrorCode, toDataverseError } from "../client";

/**
 * The find-or-create decisions of intake, and nothing else: reads the organization and says what
 * a post needs (create or reuse the activity, the profile, the contact, and why). It writes
 * nothing. The in-memory dry run (runIntake), `intake --org` (the plan printed) and
 * `intake --org --apply` (the plan as one `$batch` change set) all decide here: one rule, one place.
 * The webhook's step for an activity that exists already (server/intakeStep.ts) plans its author
 * alone with planAuthor, the half planIntake uses for a new activity.
 *
 * The matches, in order:
 * - the activity: same community, and the same post URL (postUrl.ts: Dataverse finds the rows whose
 *   URL contains a part every spelling holds, case-insensitively; the key picks the same post);
 * - the profile: an active one of the same community whose profilename is the author's handle (the
 *   payload, seed 004, carries no unique id of the author: the handle is the profile's key);
 * - the contact: the reused profile's customer when it is a contact, else a new one with the profile.
 *
 * New rows carry their ids (intakeIds.ts: derived from the post and the author), so that the same
 * create sent twice is refused as a duplicate rather than written twice. A new profile or contact
 * whose derived id is held already (a deactivated profile, a renamed one, an orphan contact left by
 * a crash between one-at-a-time writes) is left to the platform to number instead.
 */

export type ActivityWhy = "postUrl";
export type ProfileWhy = "communityAndHandle";

export interface Customer {
  table: string;
  id: string;
}

export type IntakePlan =
  | {
      /** The post is there: nothing is written; its profile and author are the ones it points at. */
      kind: "reuse";
      socialactivity: { action: "reuse"; id: string; why: ActivityWhy; record: RecordData };
      profile: { action: "reuse"; id: string } | null;
      contact: { action: "reuse"; id: string } | { action: "none" };
      writes: [];
    }
  | {
      kind: "create";
      socialactivity: { action: "create" };
      profile: { action: "reuse"; id: string; why: ProfileWhy } | { action: "create" };
      contact: { action: "reuse"; id: string } | { action: "create" } | { action: "none" };
      /** What to write, in order; later ones refer to earlier new rows by `contentId` (`"$1"`). */
      writes: PlannedCreate[];
    };

/** One new row: its Content-ID in a change set, and its lookups to rows created before it. */
export interface PlannedCreate {
  table: string;
  contentId: string;
  /** The columns, lookups to existing rows bound already. */
  data: RecordData;
  /** Lookups (`x@odata.bind`) to rows created earlier in the same plan, by their contentId. */
  refersTo: Record<string, string>;
}

const LOOKUP_TABLE = "@Microsoft.Dynamics.CRM.lookuplogicalname";
const ACTIVE = 0;
const bindOf = (table: string, id: string) => `/${entitySetOf(table)}(${id})`;

export async function planIntake(service: OrganizationService, post: SocialPost): Promise<IntakePlan> {
  const existing = await findActivity(service, post);
  if (existing) {
    const profileId = existing._postfromprofileid_value;
    const author = customerOf(existing, "postauthor");
    return {
      kind: "reuse",
      socialactivity: { action: "reuse", id: existing[socialactivity.primaryIdAttribute] as string, why: "postUrl", record: existing },
      profile: typeof profileId === "string" ? { action: "reuse", id: profileId } : null,
      contact: author?.table === "contact" ? { action: "reuse", id: author.id } : { action: "none" },
      writes: [],
    };
  }
  const author = await planAuthor(service, post);
  const offset = author.writes.length;
  return {
    kind: "create",
    socialactivity: { action: "create" },
    profile: author.profile,
    contact: author.contact,
    writes: [
      ...author.writes,
      {
        table: "socialactivity",
        contentId: String(offset + 1),
        data: { [socialactivity.primaryIdAttribute]: activityIdOf(post), ...activityRecord(post), ...author.links.data },
        refersTo: author.links.refersTo,
      },
    ],
  };
}

/**
 * The author half of a plan, for an activity that exists already (the webhook's PostOperation
 * step, server/intakeStep.ts) and for planIntake's new activity: the profile found by community
 * and handle (and its contact), else a new contact and a new profile bound to it.
 */
export interface AuthorPlan {
  profile: { action: "reuse"; id: string; why: ProfileWhy } | { action: "create" };
  contact: { action: "reuse"; id: string } | { action: "create" } | { action: "none" };
  /** The new rows, in order (contact "1", then profile "2"); none when the profile is reused. */
  writes: PlannedCreate[];
  /** The activity's lookups to its author: to existing rows in `data`, to the new rows by contentId in `refersTo`. */
  links: { data: RecordData; refersTo: Record<string, string> };
}

export async function planAuthor(service: OrganizationService, post: SocialPost): Promise<AuthorPlan> {
  const profile = await findProfile(service, post);
  if (profile) {
    const profileId = profile[socialprofile.primaryIdAttribute] as string;
    const customer = customerOf(profile, "customerid");
    return {
      profile: { action: "reuse", id: profileId, why: "communityAndHandle" },
      contact: customer?.table === "contact" ? { action: "reuse", id: customer.id } : { action: "none" },
      writes: [],
      links: {
        data: authorBinds(bindOf("socialprofile", profileId), customer && bindOf(customer.table, customer.id), customer?.table),
        refersTo: {},
      },
    };
  }
  return {
    profile: { action: "create" },
    contact: { action: "create" },
    writes: [
      {
        table: "contact",
        contentId: "1",
        data: { ...(await freeId(service, "contact", contactIdOf(post))), ...contactRecord(post) },
        refersTo: {},
      },
      {
        table: "socialprofile",
        contentId: "2",
        data: { ...(await freeId(service, "socialprofile", profileIdOf(post))), ...profileRecord(post) },
        refersTo: { [`customerid_${contact.logicalName}@odata.bind`]: "1" },
      },
    ],
    links: {
      data: {},
      refersTo: { "postfromprofileid@odata.bind": "2", "postauthor_contact@odata.bind": "1", "postauthoraccount_contact@odata.bind": "1" },
    },
  };
}

/** The activity of the same post (community and post URL), if the organization holds it. */
async function findActivity(service: OrganizationService, post: SocialPost): Promise<RecordData | undefined> {
  // The cheapest check first: the row this tool would have written, by its id. Rows written by
  // other tools have other ids, so the search by URL follows.
  const own = await retrieveIfExists(service, "socialactivity", activityIdOf(post));
  if (own) return own;
  const key = postUrlKey(post.posturl)!;
  const search = postUrlSearchText(post.posturl);
  // Every page of the candidates (a common part of many URLs may match more than one page holds).
  return service.findFirst(
    "socialactivity",
    { community: post.community, ...(search ? { posturl: { contains: search } } : {}) },
    (activity) => samePostUrl(activity.posturl, key),
  );
}

/** `{ <primary key>: id }` when no row holds the derived id, else nothing (the platform numbers the row). */
async function freeId(service: OrganizationService, table: "contact" | "socialprofile", id: string): Promise<RecordData> {
  const primaryKey = (table === "contact" ? contact : socialprofile).primaryIdAttribute;
  return (await rowExists(service, table, primaryKey, id)) ? {} : { [primaryKey]: id };
}

const rowExists = async (service: OrganizationService, table: string, primaryKey: string, id: string): Promise<boolean> =>
  (await retrieveIfExists(service, table, id, [primaryKey])) !== undefined;

/** A retrieve by id: 404 (ObjectDoesNotExist) is "no such row"; any other failure is thrown. */
async function retrieveIfExists(
  service: OrganizationService,
  table: string,
  id: string,
  columns?: string[],
): Promise<RecordData | undefined> {
  try {
    return await service.retrieve(table, id, columns);
  } catch (reason) {
    const error = toDataverseError(reason);
    if (error.status === 404 || normalizeErrorCode(error.errorCode) === ErrorCodes.ObjectDoesNotExist) return undefined;
    throw reason;
  }
}

async function findProfile(service: OrganizationService, post: SocialPost): Promise<RecordData | undefined> {
  const { author } = post;
  const [profile] = await service.retrieveMultiple(
    "socialprofile",
    { community: author.community, profilename: author.handle, statecode: ACTIVE },
    undefined,
    1,
  );
  return profile;
}

export function customerOf(record: RecordData, column: string): Customer | undefined {
  const id = record[`_${column}_value`];
  const table = record[`_${column}_value${LOOKUP_TABLE}`];
  return typeof id === "string" && typeof table === "string" ? { table, id } : undefined;
}

function contactRecord(post: SocialPost): RecordData {
  const { firstname, lastname } = post.author;
  return firstname === undefined ? { lastname } : { firstname, lastname };
}

function profileRecord(post: SocialPost): RecordData {
  const { author } = post;
  return withoutUndefined({
    profilename: author.handle,
    profilefullname: author.fullName,
    profilelink: author.profilelink,
    community: author.community,
    influencescore: author.influencescore,
  });
}

function activityRecord(post: SocialPost): RecordData {
  return withoutUndefined({
    subject: post.subject,
    description: post.description,
    community: post.community,
    posturl: post.posturl,
    postedon: post.postedon,
    sentimentvalue: post.sentimentvalue,
    postmessagetype: post.postmessagetype,
    activityadditionalparams: post.additionalParams,
  });
}

/** The activity's lookups to an existing profile and its customer (a contact or an account). */
function authorBinds(profileBind: string, customerBind: string | undefined, customerTable: string | undefined): RecordData {
  return withoutUndefined({
    "postfromprofileid@odata.bind": profileBind,
    [`postauthor_${customerTable}@odata.bind`]: customerBind,
    [`postauthoraccount_${customerTable}@odata.bind`]: customerBind,
  });
}

/** A planned row with its references to earlier rows of the plan resolved (`bind(contentId)`). */
export function resolvedData(write: PlannedCreate, bind: (contentId: string) => string): RecordData {
  const data = { ...write.data };
  for (const [key, contentId] of Object.entries(write.refersTo)) data[key] = bind(contentId);
  return data;
}

/** The entity set path of a row (`/contacts(id)`), for binding a lookup to a row just created. */
export const bindTo = bindOf;

const withoutUndefined = (record: Record<string, unknown>): RecordData =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
