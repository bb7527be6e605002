/** @jest-environment node */
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ErrorCodes } from "../../../plugins-shim/client";
import { parseIntakeOrgFlags } from "../../../plugins-shim/cli/intakeFlags";
import { readStateLines } from "../../../plugins-shim/cli/intakeState";
import { UsageError } from "../../../plugins-shim/cli/usage";
import { startWebApiDouble, WebApiDouble } from "../../../simulator/webApi/webApiDouble";
import { TokenDouble } from "../../dataverse-node/tokenDouble";
import { makePosts } from "./intakePosts";
import { intake, orgCounts } from "./intakeOrgRun";

// dynamics-web-api sends through http_proxy when it is set and reads no NO_PROXY: the double is on 127.0.0.1.
delete process.env.http_proxy;

/**
 * `intake --org` against the Web API double, in process (a TokenCredential double signs in; pauses
 * are recorded, not waited). Invariants: the plan writes nothing; applying leaves one activity per
 * post and one profile per author, whatever was there before, however often it runs, after a lost
 * answer; a post the org refuses leaves none of its rows; throttling never fails a post.
 */

const dir = mkdtempSync(path.join(tmpdir(), "intake-org-"));
let file = 0;
const fileWith = (content: unknown) => {
  const name = path.join(dir, `input-${(file += 1)}.json`);
  writeFileSync(name, typeof content === "string" ? content : JSON.stringify(content));
  return name;
};
const fresh = (name: string) => path.join(dir, `${name}-${(file += 1)}`);

const credential = new TokenDouble();
let double: WebApiDouble;
let refusePostUrl: string | undefined;
let refusalCode: number = ErrorCodes.BusinessRule;

beforeEach(async () => {
  refusePostUrl = undefined;
  refusalCode = ErrorCodes.BusinessRule;
  double = await startWebApiDouble({
    acceptToken: credential.token,
    organization: {
      // A business rule of the org refusing one post's activity (the change set's last write).
      intercept: (request) =>
        request.operation === "create" && request.table === "socialactivity" && request.data?.posturl === refusePostUrl
          ? { errorCode: refusalCode, message: "A business rule refused this post.", status: 400 }
          : undefined,
    },
  });
});

afterEach(async () => {
  await double.close();
});

const writes = () => double.requests.filter((request) => request.method !== "GET");

describe("intake --org (the plan)", () => {
  it("reads only, and says per post what it would create or reuse and why", async () => {
    const posts = makePosts(3, 2);
    await intake([fileWith(posts[0]), "--org", double.url, "--apply", "--quiet"], credential);
    const before = double.requests.length;
    const { code, stdout } = await intake([fileWith([...posts, { community: 2 }]), "--org", double.url], credential);
    expect(writes().length).toBe(1);
    expect(double.requests.slice(before).every((request) => request.method === "GET")).toBe(true);
    const entries = JSON.parse(stdout) as Array<Record<string, { action: string; why?: string; index?: number }> & { valid: boolean }>;
    expect(entries[0]).toMatchObject({
      socialactivity: { action: "reuse", why: "postUrl" },
      profile: { action: "reuse", why: "activityProfile" },
      contact: { action: "reuse", why: "activityAuthor" },
    });
    expect(entries[1]).toMatchObject({
      socialactivity: { action: "create" },
      profile: { action: "create" },
      contact: { action: "create" },
    });
    // The author of post 0 has a profile in the org: found by community and handle.
    expect(entries[2]).toMatchObject({
      socialactivity: { action: "create" },
      profile: { action: "reuse", why: "communityAndHandle" },
      contact: { action: "reuse", why: "profileCustomer" },
    });
    expect(entries[3]).toMatchObject({ valid: false });
    expect(code).toBe(1);
  });

  it("a post or an author an earlier entry creates is reused by the later ones, as applying would", async () => {
    const [first, second] = makePosts(2, 1);
    const { stdout } = await intake([fileWith([first, second, first]), "--org", double.url], credential);
    const entries = JSON.parse(stdout) as Array<Record<string, { action: string; why?: string; index?: number }>>;
    expect(entries[1]).toMatchObject({ socialactivity: { action: "create" }, profile: { action: "reuse", why: "earlierPost", index: 0 } });
    expect(entries[2]).toMatchObject({ socialactivity: { action: "reuse", why: "earlierPost", index: 0 } });
  });
});

describe("intake --org --apply", () => {
  it("one activity per post and one profile per author; run again, it creates nothing", async () => {
    const input = fileWith(makePosts(40, 7));
    const first = await intake([input, "--org", double.url, "--apply", "--concurrency", "8", "--quiet"], credential);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ done: 40, created: 40, failed: 0 });
    expect(await orgCounts(double.organization)).toEqual({
      activities: 40,
      distinctPosts: 40,
      profiles: 7,
      distinctHandles: 7,
      contacts: 7,
    });
    const writesBefore = writes().length;
    const again = await intake([input, "--org", double.url, "--apply", "--quiet"], credential);
    expect(JSON.parse(again.stdout)).toMatchObject({ done: 40, created: 0, reused: 40 });
    expect(writes().length).toBe(writesBefore);
    expect(await orgCounts(double.organization)).toMatchObject({ activities: 40, profiles: 7 });
  });

  it("each post is one $batch change set (three rows, $1 references), and the same post twice in the input makes one activity", async () => {
    const [post] = makePosts(1, 1);
    await intake([fileWith([post, post]), "--org", double.url, "--apply", "--quiet"], credential);
    expect(writes().map((request) => `${request.method} ${request.url}`)).toEqual(["POST /api/data/v9.2/$batch"]);
    expect(await orgCounts(double.organization)).toMatchObject({ activities: 1, profiles: 1, contacts: 1 });
  });

  it("a lost answer (the change set applied, the connection dropped) is re-read, not sent again", async () => {
    double.dropAfterNextWrite();
    const { stdout, notes } = await intake([fileWith(makePosts(3, 1)), "--org", double.url, "--apply", "--concurrency", "1"], credential);
    expect(double.requests.some((request) => request.status === "dropped")).toBe(true);
    expect(notes.some((line) => /reading the org again/.test(line))).toBe(true);
    expect(JSON.parse(stdout)).toMatchObject({ done: 3, created: 2, reused: 1, failed: 0 });
    expect(await orgCounts(double.organization)).toMatchObject({ activities: 3, profiles: 1, contacts: 1 });
  });

  it("a post another tool wrote is found on any page of the URL search (the Web API pages at 5,000: here 2), not written again", async () => {
    await double.close();
    double = await startWebApiDouble({ acceptToken: credential.token, maxPageSize: 2 });
    // Five activities of one author, written by another tool (platform ids): all match the search text "author0".
    const posts = makePosts(5, 1);
    double.organization.seed(
      "socialactivity",
      posts.map((post) => ({ subject: post.subject, community: post.community, posturl: post.posturl })),
    );
    const { stdout } = await intake([fileWith(posts[4]), "--org", double.url, "--apply", "--quiet"], credential);
    expect(JSON.parse(stdout)).toMatchObject({ done: 1, created: 0, reused: 1 });
    expect(await orgCounts(double.organization)).toMatchObject({ activities: 5, distinctPosts: 5 });
    expect(double.requests.filter((request) => request.url.includes("socialactivities?")).length).toBeGreaterThanOrEqual(3);
  });

  it("throttling slows it, never fails it: a Retry-After past the client's pause, or past its attempts, is waited out", async () => {
    double.throttle({ count: 12, retryAfterSeconds: 600 });
    const { stdout, waits } = await intake([fileWith(makePosts(5, 2)), "--org", double.url, "--apply", "--quiet"], credential);
    expect(JSON.parse(stdout)).toMatchObject({ done: 5, created: 5, failed: 0 });
    expect(waits).toContain(600_000);
    expect(await orgCounts(double.organization)).toMatchObject({ activities: 5, profiles: 2 });
  });

  it("a Retry-After of a minute, past the 30 s the controls' retries allow, is waited by the connection itself (this command's option)", async () => {
    double.throttle({ count: 1, retryAfterSeconds: 60 });
    const { stdout, waits } = await intake([fileWith(makePosts(1, 1)), "--org", double.url, "--apply", "--quiet"], credential);
    expect(JSON.parse(stdout)).toMatchObject({ done: 1, created: 1 });
    expect(waits).toEqual([60_000]);
  });

  it("a post the org refuses leaves none of its rows, goes to --failed with the reason and its payload, and the run goes on", async () => {
    const posts = makePosts(4, 4);
    refusePostUrl = posts[1].posturl;
    const failed = fresh("failed.jsonl");
    const { code, stdout } = await intake(
      [fileWith([...posts, { community: 2 }]), "--org", double.url, "--apply", "--failed", failed, "--quiet"],
      credential,
    );
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ done: 5, created: 3, failed: 2 });
    const lines = readFileSync(failed, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { index: number; reason: string; payload: unknown; diagnostics?: unknown[] });
    const byIndex = Object.fromEntries(lines.map((line) => [line.index, line]));
    expect(byIndex[1]).toMatchObject({
      posturl: posts[1].posturl,
      reason: expect.stringMatching(/business rule refused/),
      payload: posts[1],
    });
    expect(byIndex[4]).toMatchObject({
      reason: expect.stringMatching(/not a valid social post/),
      diagnostics: expect.arrayContaining([expect.objectContaining({ code: "required" })]),
    });
    // All or none: the refused post's contact and profile were rolled back with its activity.
    expect(await orgCounts(double.organization)).toMatchObject({ activities: 3, profiles: 3, contacts: 3 });
  });

  it("a 400 with a code errors.ts does not know is still a refusal (the change set was rolled back): failed after one attempt, not retried", async () => {
    const [post] = makePosts(1, 1);
    refusePostUrl = post.posturl;
    refusalCode = 0x80049999;
    const { stdout } = await intake([fileWith(post), "--org", double.url, "--apply", "--quiet"], credential);
    expect(JSON.parse(stdout)).toMatchObject({ failed: 1 });
    expect(writes()).toHaveLength(1);
  });

  it("a refused sign-in ends the run (exit 2 by the CLI) with nothing written and no post marked failed", async () => {
    const refusing = new TokenDouble(undefined, new Error("AADSTS50058: no account signed in"));
    const failed = fresh("failed.jsonl");
    const { error } = await intake([fileWith(makePosts(3, 1)), "--org", double.url, "--apply", "--failed", failed, "--quiet"], refusing);
    expect((error as Error).name).toBe("SignInError");
    expect(double.requests).toEqual([]);
    expect(() => readFileSync(failed, "utf8")).toThrow();
  });

  it("--max-errors N: the failure after the Nth stops the run; the posts after it are not read", async () => {
    const bad = Array.from({ length: 5 }, () => ({ community: 2 }));
    const { code, stdout } = await intake(
      [fileWith([...bad, ...makePosts(3, 1)]), "--org", double.url, "--apply", "--max-errors", "2", "--concurrency", "1", "--quiet"],
      credential,
    );
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ failed: 3, created: 0, stoppedAfterMaxErrors: true });
    expect(writes()).toEqual([]);
  });

  it("--state: a run started again skips the journaled posts without asking the org; a torn last line is read as nothing", async () => {
    const input = fileWith(makePosts(6, 2));
    const state = fresh("state.jsonl");
    await intake([input, "--org", double.url, "--apply", "--state", state, "--quiet"], credential);
    const lines = readStateLines(state);
    expect(lines).toHaveLength(6);
    expect(readFileSync(state, "utf8")).not.toMatch(new RegExp(credential.token));
    appendFileSync(state, '{"post":"2|https://www.twitter.com/author0/sta');
    const requestsBefore = double.requests.length;
    const again = await intake([input, "--org", double.url, "--apply", "--state", state, "--quiet"], credential);
    expect(JSON.parse(again.stdout)).toMatchObject({ done: 6, skipped: 6, created: 0 });
    expect(double.requests.length).toBe(requestsBefore);
    expect(readStateLines(state)).toHaveLength(6);
  });

  it("a state file of another org is refused", async () => {
    const state = fresh("state.jsonl");
    writeFileSync(state, `${JSON.stringify({ state: "intake --org", version: 1, org: "https://other.crm.dynamics.com" })}\n`);
    const { error } = await intake([fileWith(makePosts(1, 1)), "--org", double.url, "--apply", "--state", state], credential);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/records posts of https:\/\/other\.crm\.dynamics\.com/);
  });

  it("a break in the input loses nothing before it: the posts ahead of it are written, then the break is reported", async () => {
    const posts = makePosts(3, 1);
    const text = `[${posts.map((post) => JSON.stringify(post)).join(",")}, {"community": 2,`;
    const { error, stdout } = await intake([fileWith(text), "--org", double.url, "--apply", "--quiet"], credential);
    expect(JSON.parse(stdout)).toMatchObject({ done: 3, created: 3 });
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/records 0 to 2 before it are reported/);
    expect(await orgCounts(double.organization)).toMatchObject({ activities: 3 });
  });
});

describe("intake --org --apply on stderr", () => {
  it("prints progress lines (count, rate) as it runs, and nothing with --quiet", async () => {
    const input = fileWith(makePosts(60, 6));
    const loud = await intake([input, "--org", double.url, "--apply", "--concurrency", "1"], credential, { progressEveryMs: 1 });
    expect(loud.notes.some((line) => /^intake: \d+ posts .* posts\/s/.test(line))).toBe(true);
    double.throttle({ count: 1, retryAfterSeconds: 1 });
    const quiet = await intake([input, "--org", double.url, "--apply", "--quiet"], credential, { progressEveryMs: 1 });
    expect(quiet.notes).toEqual([]);
  });
});

describe("intake --org flags", () => {
  it("--state, --failed and --max-errors go with --apply; --concurrency is bounded by the 52 concurrent requests", () => {
    expect(() => parseIntakeOrgFlags(["posts.json", "--org", "https://x.crm.dynamics.com", "--state", "s"])).toThrow(/go with --apply/);
    expect(() => parseIntakeOrgFlags(["posts.json", "--org", "https://x.crm.dynamics.com", "--apply", "--concurrency", "53"])).toThrow(
      /from 1 to 52/,
    );
    expect(parseIntakeOrgFlags(["posts.json", "--org", "--apply", "--max-errors", "0"])).toMatchObject({
      file: "posts.json",
      apply: true,
      maxErrors: 0,
      org: { org: true },
    });
  });
});
