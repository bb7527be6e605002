/** @jest-environment node */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { startWebApiDouble } from "../../../simulator/webApi/webApiDouble";
import { TokenDouble } from "../../dataverse-node/tokenDouble";
import { makePosts } from "./intakePosts";
import { intake, orgCounts } from "./intakeOrgRun";

delete process.env.http_proxy;

/**
 * The resume invariant, over many inputs and crash points: whatever posts a file holds (the same
 * post and the same author repeated, in any order), however many times the run is crashed and
 * started again with the same --state, and with a lost answer on the way, the org ends with
 * exactly one activity per distinct post and one profile (and one contact) per distinct author.
 *
 * The crash is injected (beforeJournal throws) at the worst point: after the org confirmed a post,
 * before its journal line, so the restarted run meets a written post its state does not name and
 * must find it by the re-read. The same run killed with SIGKILL in a child process:
 * intakeKill.test.ts.
 */

const dir = mkdtempSync(path.join(tmpdir(), "intake-resume-"));
const credential = new TokenDouble();
let runs = 0;

class InjectedCrash extends Error {
  name = "InjectedCrash";
}

it("crashed between a write and its journal line any number of times, the restarted runs leave one activity per post and one profile per author", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.nat(11), { minLength: 1, maxLength: 14 }),
      fc.array(fc.nat(14), { maxLength: 4 }),
      fc.integer({ min: 1, max: 6 }),
      fc.boolean(),
      async (picks, crashAfter, concurrency, loseAnAnswer) => {
        // Twelve posts by four authors (post n by author n % 4), picked with repeats, in any order.
        const pool = makePosts(12, 4);
        const posts = picks.map((pick) => pool[pick]);
        const double = await startWebApiDouble({ acceptToken: credential.token });
        try {
          runs += 1;
          const input = path.join(dir, `posts-${runs}.json`);
          const state = path.join(dir, `state-${runs}.jsonl`);
          writeFileSync(input, JSON.stringify(posts));
          if (loseAnAnswer) double.dropAfterNextWrite();
          const args = [input, "--org", double.url, "--apply", "--state", state, "--concurrency", String(concurrency), "--quiet"];
          for (const crashPoint of crashAfter) {
            let confirmed = 0;
            await intake(args, credential, {
              beforeJournal: () => {
                confirmed += 1;
                if (confirmed > crashPoint) throw new InjectedCrash("crashed before the journal line");
              },
            });
          }
          const last = await intake(args, credential);
          expect(last.code).toBe(0);
          const distinctPosts = new Set(posts.map((post) => post.posturl)).size;
          const distinctAuthors = new Set(posts.map((post) => post.activityadditionalparams.socialHandle)).size;
          expect(await orgCounts(double.organization)).toEqual({
            activities: distinctPosts,
            distinctPosts,
            profiles: distinctAuthors,
            distinctHandles: distinctAuthors,
            contacts: distinctAuthors,
          });
        } finally {
          await double.close();
        }
      },
    ),
    { numRuns: 40 },
  );
}, 60_000);
