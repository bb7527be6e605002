/**
 * `npm run bench:intake [-- <posts> <concurrency>]`: `intake --org … --apply` against the Web API
 * double (simulator/) on 127.0.0.1, in this one process. Prints posts per second and requests per
 * post, for a first run (every post new, ten posts per author) and a second run of the same file
 * without --state (every post found and reused), then what Dataverse's service protection limits
 * would allow on a real org at that many requests per post. Not a timed test: figures depend on
 * the machine, and the double answers in microseconds where an org takes tens of milliseconds.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import type { AccessToken, TokenCredential } from "@azure/identity";
import { SERVICE_PROTECTION_LIMITS } from "../dataverse-node/serviceProtection";
import { runIntakeOrg } from "../plugins-shim/cli/intakeOrg";
import { startWebApiDouble } from "../simulator/webApi/webApiDouble";
import sample from "../test/plugins-shim/fixtures/seed004-sample-payload.json";

delete process.env.http_proxy;

/** A made-up token the double is told to accept; nothing signs in. */
const TOKEN = `bench-token-${Math.random().toString(36).slice(2)}`;
const credential: TokenCredential = {
  getToken: async (): Promise<AccessToken> => ({ token: TOKEN, expiresOnTimestamp: Date.now() + 3600_000 }),
};

function posts(count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => {
    const handle = `author${Math.floor(i / 10)}`;
    return {
      ...sample,
      posturl: `https://www.twitter.com/${handle}/status/${i}`,
      activityadditionalparams: { ...sample.activityadditionalparams, socialHandle: handle, profileName: handle, fullName: handle },
    };
  });
}

async function measure(label: string, args: string[], requests: () => number, count: number): Promise<number> {
  const before = requests();
  const started = process.hrtime.bigint();
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const code = await runIntakeOrg(args, { out: sink, env: {}, note: () => undefined, connection: { credential } });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const perPost = (requests() - before) / count;
  process.stdout.write(
    `${label}: ${count} posts in ${seconds.toFixed(1)} s, ${(count / seconds).toFixed(0)} posts/s, ${perPost.toFixed(2)} requests/post (exit ${code})\n`,
  );
  return perPost;
}

async function main(count: number, concurrency: number): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-intake-"));
  const file = path.join(dir, "posts.json");
  writeFileSync(file, JSON.stringify(posts(count)));
  const double = await startWebApiDouble({ acceptToken: TOKEN });
  const requests = () => double.requests.length;
  const args = [file, "--org", double.url, "--apply", "--quiet", "--concurrency", String(concurrency)];
  try {
    process.stdout.write(`intake --org --apply against the Web API double, concurrency ${concurrency}, client and double in one process\n`);
    const fresh = await measure("first run (new posts)", [...args, "--state", path.join(dir, "state.jsonl")], requests, count);
    const again = await measure("second run, no --state (all reused)", args, requests, count);
    const { requestsPerWindow, windowSeconds, concurrentRequests } = SERVICE_PROTECTION_LIMITS;
    const perSecond = requestsPerWindow / windowSeconds;
    process.stdout.write(
      [
        `Service protection limits ("Service protection API limits"): ${requestsPerWindow} requests per ${windowSeconds} s per user (${perSecond}/s), ${concurrentRequests} concurrent.`,
        `  at ${fresh.toFixed(2)} requests/post (new): at most ${(perSecond / fresh).toFixed(1)} posts/s, ${Math.floor((requestsPerWindow / fresh / windowSeconds) * 3600).toLocaleString("en-US")} posts/hour per user`,
        `  at ${again.toFixed(2)} requests/post (reused): at most ${(perSecond / again).toFixed(1)} posts/s; posts named in --state cost no request`,
        `  the request count binds first: at ~100 ms a request, the default --concurrency 4 already sends 40/s, twice what it sustains (${concurrentRequests} in flight would be ${concurrentRequests * 10}/s); past it the org answers 429 and the run waits`,
        `  execution time (${SERVICE_PROTECTION_LIMITS.executionMillisecondsPerWindow / 60_000} min per ${windowSeconds} s) binds only if requests average over ${Math.round(SERVICE_PROTECTION_LIMITS.executionMillisecondsPerWindow / requestsPerWindow)} ms of server time`,
      ].join("\n") + "\n",
    );
  } finally {
    await double.close();
  }
}

const [count = "2000", concurrency = "4"] = process.argv.slice(2);
void main(Number(count), Number(concurrency));
