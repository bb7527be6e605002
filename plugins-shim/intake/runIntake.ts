import { DataverseError, RecordData, toDataverseError } from "../client";
import { contact, socialactivity, socialprofile } from "../schema";
import { Diagnostic } from "../rules";
import { InvalidPluginExecutionError, OrganizationService } from "../pipeline";
import { parseSocialPost, SocialPost } from "./parsePayload";
import { postUrlKey, postUrlSearchText, samePostUrl } from "./postUrl";
import { entitySetOf } from "../schema/entitySets";

/**
 * Social post intake: payload → social activity, bound to the author's social profile (found by
 * community and handle among active profiles, else created with a new contact). The Web API has
 * no transaction for this, so what this run created is deleted again when a later step fails.
 * The same post (post URL and community) run twice creates nothing the second time.
 */

export interface Outcome<Action extends string> {
  action: Action;
  id: string | null;
  record: RecordData | null;
}

export interface IntakeResult {
  valid: boolean;
  diagnostics: Diagnostic[];
  /** The platform's refusal when a save failed after the payload passed (already undone). */
  error?: DataverseError;
  socialactivity: Outcome<"create" | "reuse"> | null;
  profile: Outcome<"create" | "reuse"> | null;
  contact: Outcome<"create" | "reuse" | "none"> | null;
}

const LOOKUP_TABLE = "@Microsoft.Dynamics.CRM.lookuplogicalname";
const bind = (table: { entitySetName: string }, id: string) => `/${table.entitySetName}(${id})`;
const ACTIVE = 0;

interface Customer {
  table: string;
  id: string;
}

export async function runIntake(service: OrganizationService, payload: unknown): Promise<IntakeResult> {
  const parsed = parseSocialPost(payload);
  if (!parsed.ok) return { valid: false, diagnostics: parsed.diagnostics, socialactivity: null, profile: null, contact: null };
  const post = parsed.post;

  const created: { table: string; id: string }[] = [];
  const create = async (table: string, record: RecordData) => {
    const id = await service.create(table, record);
    created.push({ table, id });
    return id;
  };
  try {
    // Stored URLs are as given: Dataverse finds those that contain a part every spelling of this
    // one contains (case-insensitively), and the key picks the same post among them.
    const key = postUrlKey(post.posturl)!;
    const search = postUrlSearchText(post.posturl);
    const candidates = await service.retrieveMultiple("socialactivity", { community: post.community, ...(search ? { posturl: { contains: search } } : {}) });
    const existing = candidates.find((activity) => samePostUrl(activity.posturl, key));
    if (existing) return await reuseActivity(service, existing);
    const author = await findOrCreateAuthor(service, post, create);
    const activityId = await create("socialactivity", activityRecord(post, author.profileId, author.customer));
    return {
      valid: true,
      diagnostics: [],
      socialactivity: { action: "create", id: activityId, record: await service.retrieve("socialactivity", activityId) },
      profile: { action: author.profileAction, id: author.profileId, record: await service.retrieve("socialprofile", author.profileId) },
      contact: author.contact,
    };
  } catch (error) {
    for (const { table, id } of created.reverse()) await service.delete(table, id).catch(() => undefined);
    const diagnostics = error instanceof InvalidPluginExecutionError ? [...error.diagnostics] : [];
    return { valid: false, diagnostics, error: toDataverseError(error), socialactivity: null, profile: null, contact: null };
  }
}

interface Author {
  profileId: string;
  profileAction: "create" | "reuse";
  customer?: Customer;
  contact: Outcome<"create" | "reuse" | "none">;
}

async function findOrCreateAuthor(
  service: OrganizationService,
  post: SocialPost,
  create: (table: string, record: RecordData) => Promise<string>,
): Promise<Author> {
  const { author } = post;
  const [profile] = await service.retrieveMultiple(
    "socialprofile",
    { community: author.community, profilename: author.handle, statecode: ACTIVE },
    undefined,
    1,
  );
  if (profile) {
    const customer = customerOf(profile, "customerid");
    const profileId = profile[socialprofile.primaryIdAttribute] as string;
    return { profileId, profileAction: "reuse", customer, contact: await contactOutcome(service, customer, "reuse") };
  }
  const contactId = await create("contact", contactRecord(post));
  const profileId = await create("socialprofile", profileRecord(post, contactId));
  const customer = { table: "contact", id: contactId };
  return { profileId, profileAction: "create", customer, contact: await contactOutcome(service, customer, "create") };
}

async function reuseActivity(service: OrganizationService, activity: RecordData): Promise<IntakeResult> {
  const profileId = activity._postfromprofileid_value as string | null;
  const author = customerOf(activity, "postauthor");
  return {
    valid: true,
    diagnostics: [],
    socialactivity: { action: "reuse", id: activity[socialactivity.primaryIdAttribute] as string, record: activity },
    profile: profileId ? { action: "reuse", id: profileId, record: await service.retrieve("socialprofile", profileId) } : null,
    contact: await contactOutcome(service, author, "reuse"),
  };
}

async function contactOutcome(
  service: OrganizationService,
  customer: Customer | undefined,
  action: "create" | "reuse",
): Promise<Outcome<"create" | "reuse" | "none">> {
  if (customer?.table !== "contact") return { action: "none", id: null, record: null };
  return { action, id: customer.id, record: await service.retrieve("contact", customer.id) };
}

function customerOf(record: RecordData, column: string): Customer | undefined {
  const id = record[`_${column}_value`];
  const table = record[`_${column}_value${LOOKUP_TABLE}`];
  return typeof id === "string" && typeof table === "string" ? { table, id } : undefined;
}

function contactRecord(post: SocialPost): RecordData {
  const { firstname, lastname } = post.author;
  return firstname === undefined ? { lastname } : { firstname, lastname };
}

function profileRecord(post: SocialPost, contactId: string): RecordData {
  const { author } = post;
  return withoutUndefined({
    profilename: author.handle,
    profilefullname: author.fullName,
    profilelink: author.profilelink,
    community: author.community,
    influencescore: author.influencescore,
    "customerid_contact@odata.bind": bind(contact, contactId),
  });
}

function activityRecord(post: SocialPost, profileId: string, customer: Customer | undefined): RecordData {
  const customerSet = customer && entitySetOf(customer.table);
  return withoutUndefined({
    subject: post.subject,
    description: post.description,
    community: post.community,
    posturl: post.posturl,
    postedon: post.postedon,
    sentimentvalue: post.sentimentvalue,
    postmessagetype: post.postmessagetype,
    activityadditionalparams: post.additionalParams,
    "postfromprofileid@odata.bind": bind(socialprofile, profileId),
    [`postauthor_${customer?.table}@odata.bind`]: customer && `/${customerSet}(${customer.id})`,
    [`postauthoraccount_${customer?.table}@odata.bind`]: customer && `/${customerSet}(${customer.id})`,
  });
}

const withoutUndefined = (record: Record<string, unknown>): RecordData =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
