/** @jest-environment node */
import fc from "fast-check";
import { activityIdOf, contactIdOf, INTAKE_ID_NAMESPACE, profileIdOf } from "../../../plugins-shim/intake";
import type { SocialPost } from "../../../plugins-shim/intake";

/** The ids intake derives for its new rows (intakeIds.ts): RFC 9562 version 5, one per post and per author. */

const V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const authorOf = (community: number, handle: string) => ({ author: { community, handle } }) as unknown as SocialPost;

it("has a namespace of its own, a GUID", () => {
  expect(INTAKE_ID_NAMESPACE).toMatch(/^[0-9a-f-]{36}$/);
});

it("every spelling of one post URL gets one activity id; another community or another post, another id", () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[A-Za-z0-9]{1,12}$/), fc.integer({ min: 1, max: 9 }), (postId, community) => {
      const id = activityIdOf({ community, posturl: `https://x.com/a/status/${postId}` });
      expect(id).toMatch(V5);
      expect(activityIdOf({ community, posturl: ` HTTPS://X.COM./a/status/${postId}/ ` })).toBe(id);
      expect(activityIdOf({ community: community + 1, posturl: `https://x.com/a/status/${postId}` })).not.toBe(id);
      expect(activityIdOf({ community, posturl: `https://x.com/a/status/${postId}x` })).not.toBe(id);
    }),
  );
});

it("one author (community and handle, in any case) gets one profile id and one contact id, distinct from each other", () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[A-Za-z0-9_]{1,15}$/), fc.integer({ min: 1, max: 9 }), (handle, community) => {
      const post = authorOf(community, handle);
      expect(profileIdOf(post)).toMatch(V5);
      expect(profileIdOf(authorOf(community, handle.toUpperCase()))).toBe(profileIdOf(post));
      expect(contactIdOf(authorOf(community, handle.toLowerCase()))).toBe(contactIdOf(post));
      expect(contactIdOf(post)).not.toBe(profileIdOf(post));
      expect(profileIdOf(authorOf(community + 1, handle))).not.toBe(profileIdOf(post));
    }),
  );
});
