import { uuidV5 } from "./nameBasedGuid";
import { postUrlKey } from "./postUrl";
import { SocialPost } from "./parsePayload";

/**
 * The ids intake gives the rows it creates, derived from what makes them one: so that writing the
 * same row twice (a resend after a lost answer, two runs or two hosts racing) is refused by the
 * platform instead of making a second row. One rule, one place: `intake --org --apply`
 * (applyPost.ts) and the webhook's step (server/linkAuthor.ts) both write these ids, as planned by
 * planIntake / planAuthor.
 *
 * - "Create a table row using the Web API" (webapi/create-entity-web-api): the primary key may be
 *   set on create ("you can set the primary key value"); creating a row whose primary key exists
 *   fails with DuplicateRecord, 0x80040237 ("Web service error codes",
 *   reference/web-service-error-codes: "Cannot insert duplicate key").
 * - "Execute batch operations using the Web API", Change sets: when one operation of a change set
 *   fails, the whole set is rolled back, so a resent change set either writes all its rows or none.
 *
 * Ids are name-based UUIDs, version 5 (RFC 9562 §5.5: SHA-1 of a namespace and a name;
 * nameBasedGuid.ts) in INTAKE_ID_NAMESPACE:
 * - the activity: community and the post URL's lookup key (postUrl.ts), so every spelling of one
 *   post gets one id;
 * - the profile and its new contact: community and the handle in lower case (the profile's key:
 *   Dataverse compares profilename case-insensitively).
 */

/** This project's namespace for intake's ids (a random v4 UUID, fixed once: never change it, or rows written before get other ids). */
export const INTAKE_ID_NAMESPACE = "a970f25a-8ea3-47ea-9b00-113d69cc8c1b";

const intakeId = (name: string): string => uuidV5(name, INTAKE_ID_NAMESPACE);

/** The activity of a post: community and the post URL's key. */
export const activityIdOf = (post: Pick<SocialPost, "community" | "posturl">): string =>
  intakeId(`socialactivity|${post.community}|${postUrlKey(post.posturl) ?? post.posturl.trim()}`);

const authorKey = (post: SocialPost) => `${post.author.community}|${post.author.handle.toLowerCase()}`;

/** The author's social profile: community and handle. */
export const profileIdOf = (post: SocialPost): string => intakeId(`socialprofile|${authorKey(post)}`);

/** The contact created with the author's profile: from the profile's key. */
export const contactIdOf = (post: SocialPost): string => intakeId(`contact|${authorKey(post)}`);
