import sample from "../fixtures/seed004-sample-payload.json";

/**
 * Social post payloads (seed 004's sample, varied): post i is by author i % authors, with its own
 * post URL. Valid by the payload's rules, so each makes one activity; one profile per author.
 */
export function makePosts(count: number, authors: number, prefix = "p"): Array<typeof sample> {
  return Array.from({ length: count }, (_, i) => {
    const handle = `author${i % authors}`;
    return {
      ...sample,
      posturl: `https://www.twitter.com/${handle}/status/${prefix}${i}`,
      activityadditionalparams: {
        ...sample.activityadditionalparams,
        socialHandle: handle,
        profileName: handle,
        fullName: `Author ${i % authors}`,
        profilelink: `http://www.twitter.com/${handle}`,
      },
    };
  });
}

/** What the org holds: activities per post URL and profiles per handle (the invariants' counts). */
export interface OrgCounts {
  activities: number;
  distinctPosts: number;
  profiles: number;
  distinctHandles: number;
  contacts: number;
}
