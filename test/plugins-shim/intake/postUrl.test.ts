/** @jest-environment node */
import fc from "fast-check";
import { InMemoryDataverse } from "../../../simulator/organization/inMemoryDataverse";
import { postUrlKey, postUrlSearchText, runIntake } from "../../../plugins-shim/intake";
import { createEmbeddedOrganization } from "../../../simulator/organization/embeddedOrganization";
import { socialactivity } from "../../../plugins-shim/schema";
import sample from "../fixtures/seed004-sample-payload.json";

/** Issue 21 item 9: the post URL is stored as given; only the lookup key is normalised. */
const activities = async (client: InMemoryDataverse) => (await client.retrieveMultipleRecords("socialactivity")).entities;

describe("the post URL is stored as given (trimmed)", () => {
  it("keeps é, braces, pipes, quotes and spaces as written, so a short URL never grows past the column", async () => {
    const { client, service } = createEmbeddedOrganization();
    const given = "https://x.com/café/{a}|b?q='x y'";
    const first = await runIntake(service, { ...sample, posturl: `  ${given} ` });
    expect(first.socialactivity).toMatchObject({ action: "create", record: { posturl: given } });
    // 46 characters, 14 + 32 of which would be 288 once percent-encoded: over the 200-character column.
    const wide = `https://x.com/${"日".repeat(32)}`;
    expect(wide).toHaveLength(46);
    const second = await runIntake(service, { ...sample, posturl: wide });
    expect(second).toMatchObject({ valid: true, socialactivity: { action: "create", record: { posturl: wide } } });
    expect(socialactivity.columns.posturl.maxLength).toBe(200);
    expect((await activities(client)).map((activity) => activity.posturl)).toEqual([given, wide]);
  });
});

describe("one post never makes two activities", () => {
  it("finds it again spelled with %c3%a9, %C3%A9 or é, a trailing dot on the host, other escapes or case of scheme and host", async () => {
    const { client, service } = createEmbeddedOrganization();
    const first = await runIntake(service, { ...sample, posturl: "https://x.com/café/{a}|b?q='x y'" });
    for (const posturl of [
      "https://x.com/caf%c3%a9/%7Ba%7D%7Cb?q=%27x%20y%27",
      "https://x.com/caf%C3%A9/%7ba%7d|b?q='x%20y'",
      "HTTPS://X.COM./café/{a}|b/?q='x y'",
      "https://x.com:443/caf%C3%A9/{a}%7Cb?q=%27x y%27",
    ]) {
      const again = await runIntake(service, { ...sample, posturl });
      expect({ posturl, again: again.socialactivity }).toMatchObject({ posturl, again: { action: "reuse", id: first.socialactivity!.id } });
    }
    expect(await activities(client)).toHaveLength(1);
  });

  it("finds a row another tool stored in another spelling", async () => {
    const { client, service } = createEmbeddedOrganization();
    const [profileId] = client.seed("socialprofile", [{ profilename: "Contoso", community: 2 }]);
    client.seed("socialactivity", [
      {
        subject: "old",
        posturl: "https://www.twitter.com./Contoso/status/%E2%9C%93123/",
        community: 2,
        _postfromprofileid_value: profileId,
      },
    ]);
    const result = await runIntake(service, { ...sample, posturl: "https://www.twitter.com/Contoso/status/✓123" });
    expect(result.socialactivity).toMatchObject({ action: "reuse", record: { subject: "old" } });
  });

  it("keeps apart what may mean something else: an escaped delimiter, a letter's escape, another case in the path", () => {
    const key = postUrlKey("https://x.com/a/b?c=d&e")!;
    for (const other of [
      "https://x.com/a%2Fb?c=d&e",
      "https://x.com/a/b?c=d%26e",
      "https://x.com/%61/b?c=d&e",
      "https://x.com/A/b?c=d&e",
    ]) {
      expect({ other, key: postUrlKey(other) }).not.toEqual({ other, key });
    }
  });

  // Characters a URL may carry raw or escaped, letters and digits, and non-ASCII.
  const unit = fc.constantFrom(..."aZ09.-~é日✓ {}|'\"<>^`[]".split(""), "😀");
  const escape = (character: string, upper: boolean) =>
    [...new TextEncoder().encode(character)]
      .map((byte) => `%${byte.toString(16).padStart(2, "0")}`)
      .map((e) => (upper ? e.toUpperCase() : e))
      .join("");
  /** One spelling of the path: each character that may be escaped is, or not, in either hex case; host as given or FQDN. */
  const spelling = (segments: string[][], query: string[]) =>
    fc
      .tuple(
        fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
        fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
      )
      .map(([raw, upper, fqdn, slash, hostCase]) => {
        let n = 0;
        const write = (character: string) => {
          n += 1;
          const alphanumeric = /^[A-Za-z0-9.~-]$/.test(character);
          // A space, ", <, > and ` can't stand raw in a link the rules accept: always escaped.
          const mustEscape = /^[ "<>`]$/.test(character);
          return alphanumeric || (!mustEscape && raw[n % 64]) ? character : escape(character, upper[n % 64]);
        };
        const host = `${hostCase ? "SOCIAL.Example" : "social.example"}${fqdn ? "." : ""}`;
        const path = segments.map((segment) => segment.map(write).join("")).join("/");
        return `https://${host}/${path}${slash ? "/" : ""}${query.length ? `?q=${query.map(write).join("")}` : ""}`;
      });
  const url = fc
    .tuple(fc.array(fc.array(unit, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 }), fc.array(unit, { maxLength: 6 }))
    .chain(([segments, query]) => fc.tuple(spelling(segments, query), spelling(segments, query)));

  it("gives every spelling of a URL the same key, and a search text each spelling contains (property)", () => {
    fc.assert(
      fc.property(url, ([one, other]) => {
        expect(postUrlKey(other)).toBe(postUrlKey(one));
        const search = postUrlSearchText(one);
        if (search !== undefined) expect(other.toLowerCase()).toContain(search.toLowerCase());
        expect(postUrlSearchText(other)).toBe(search);
      }),
      { numRuns: 300 },
    );
  });

  it("makes one activity from two spellings of a post, stored as the first was given (property)", async () => {
    await fc.assert(
      fc.asyncProperty(url, async ([one, other]) => {
        const { client, service } = createEmbeddedOrganization();
        const first = await runIntake(service, { ...sample, posturl: one });
        expect(first.valid).toBe(true);
        const again = await runIntake(service, { ...sample, posturl: other });
        expect(again.socialactivity).toMatchObject({ action: "reuse", id: first.socialactivity!.id });
        expect((await activities(client)).map((activity) => activity.posturl)).toEqual([one]);
      }),
      { numRuns: 40 },
    );
  });
});
