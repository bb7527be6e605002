/**
 * @jest-environment node
 * @long-running the 10,000 posts in CI: jest starts this file first (test/support/longRunningFirst.cjs)
 */
import { ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readStateLines } from "../../../plugins-shim/cli/intakeState";
import { startWebApiDouble, WebApiDouble } from "../../../simulator/webApi/webApiDouble";
import { TokenDouble } from "../../dataverse-node/tokenDouble";
import { makePosts } from "./intakePosts";
import { allRows, orgCounts } from "./intakeOrgRun";

delete process.env.http_proxy;

/**
 * Issue 23's done-when, browser-free: `intake --org … --apply --state FILE` in a real child process
 * (intakeChild.ts), killed with SIGKILL five times at random requests (the kill lands right after
 * the double answered one: a write may be in the org and not yet in the journal), then run to the
 * end with the same --state: exactly one activity per post and one profile per author. Again with
 * throttling (429, Retry-After) injected as it runs: it finishes all the same.
 *
 * Size: INTAKE_E2E_POSTS; by default the issue's 10,000 in CI (CI=true: about 100 s and 130 s on
 * two shared cores, beside the rest of the suite) and 1,000 on a developer's machine, so a local
 * `npm test` stays quick. The kill points come from INTAKE_E2E_SEED (printed on failure), so a
 * failing run can be repeated.
 */

const POSTS = Number(process.env.INTAKE_E2E_POSTS ?? (process.env.CI === "true" ? 10_000 : 1000));
const AUTHORS = Math.max(1, Math.round(POSTS / 10));
const SEED = Number(process.env.INTAKE_E2E_SEED ?? Date.now() % 100_000);
const KILLS = 5;
/** Per test: a minute, and more for a larger run (the 10,000 by hand took 100 s on two shared cores). */
const TIMEOUT_MS = 60_000 + POSTS * 40;

const root = path.resolve(__dirname, "../../..");
const dir = mkdtempSync(path.join(tmpdir(), "intake-kill-"));
const credential = new TokenDouble();

/** A small seeded generator (mulberry32), so the kill points can be replayed from the seed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * One scenario's world: its own Web API double, request counter and child process, so the two
 * scenarios below run side by side (it.concurrent). Each spends most of its time waiting — on its
 * child and the child's fsync per journaled post — so together they take about the time of the
 * longer one instead of the sum (docs/ci.md). jest's beforeEach / afterEach don't apply per
 * concurrent test, so each scenario opens and closes its world itself; afterAll closes any left
 * open by a timeout, so no child outlives the suite.
 */
class Scenario {
  /** The child running now: killed when the scenario ends early (a timeout), so none outlives it. */
  running: ChildProcess | undefined;
  /** Set by open(), before any request can arrive. */
  double!: WebApiDouble;
  private onRequest: (() => void) | undefined;
  private requests = 0;

  private constructor(
    readonly name: string,
    private readonly throttleEvery: number | undefined,
  ) {}

  static async open(name: string, throttleEvery?: number): Promise<Scenario> {
    const scenario = new Scenario(name, throttleEvery);
    scenario.double = await startWebApiDouble({ acceptToken: credential.token, onRequest: () => scenario.requestSeen() });
    openScenarios.add(scenario);
    return scenario;
  }

  private requestSeen(): void {
    this.requests += 1;
    // "Service protection API limits": 429 with Retry-After; three refusals in a row every so often.
    if (this.throttleEvery && this.requests % this.throttleEvery === 0) this.double.throttle({ count: 3, retryAfterSeconds: 1 });
    this.onRequest?.();
  }

  runChild(args: string[], killAfterRequests?: number): Promise<Run> {
    return new Promise((resolve, reject) => {
      // node --import tsx: one process (the tsx launcher would put the command in a second one, out of reach of the kill).
      const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "intakeChild.ts"), ...args], {
        cwd: root,
        env: { ...process.env, INTAKE_CHILD_TOKEN: credential.token },
        stdio: ["ignore", "pipe", "pipe"],
      });
      this.running = child;
      let stdout = "";
      let stderr = "";
      child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      let seen = 0;
      this.onRequest =
        killAfterRequests === undefined
          ? undefined
          : () => {
              seen += 1;
              if (seen === killAfterRequests) child.kill("SIGKILL");
            };
      child.on("error", reject);
      child.on("close", (code, signal) => {
        this.onRequest = undefined;
        this.running = undefined;
        resolve({ code, signal, stdout, stderr });
      });
    });
  }

  async close(): Promise<void> {
    if (!openScenarios.delete(this)) return;
    this.running?.kill("SIGKILL");
    await this.double.close();
  }
}

const openScenarios = new Set<Scenario>();
afterAll(() => Promise.all([...openScenarios].map((scenario) => scenario.close())));

async function killAndResume(scenario: Scenario): Promise<void> {
  const { double, name } = scenario;
  const input = path.join(dir, `${name}.json`);
  const state = path.join(dir, `${name}-state.jsonl`);
  const posts = makePosts(POSTS, AUTHORS, name);
  writeFileSync(input, JSON.stringify(posts));
  const args = [input, "--org", double.url, "--apply", "--state", state, "--concurrency", "8", "--quiet"];
  const random = seeded(SEED);
  // About three requests a post (two reads, one change set): five kills within the first 2,000 of about 3,000 requests.
  for (let kill = 0; kill < KILLS; kill += 1) {
    const run = await scenario.runChild(args, 1 + Math.floor(random() * POSTS * 0.4));
    expect({ seed: SEED, kill, signal: run.signal, stderr: run.stderr }).toMatchObject({ signal: "SIGKILL" });
  }
  const last = await scenario.runChild(args);
  expect({ seed: SEED, code: last.code, stderr: last.stderr }).toMatchObject({ code: 0 });
  expect(JSON.parse(last.stdout)).toMatchObject({ failed: 0 });
  expect({ seed: SEED, ...(await orgCounts(double.organization)) }).toEqual({
    seed: SEED,
    activities: POSTS,
    distinctPosts: POSTS,
    profiles: AUTHORS,
    distinctHandles: AUTHORS,
    contacts: AUTHORS,
  });
  // Every post is journaled once the runs are over, and every journaled activity is in the org.
  const journaled = readStateLines(state);
  expect(new Set(journaled.map((line) => line.post)).size).toBe(POSTS);
  const activityIds = new Set((await allRows(double.organization, "socialactivity")).map((row) => row.activityid));
  expect(journaled.every((line) => activityIds.has(line.socialactivity))).toBe(true);
}

it.concurrent(
  `killed with SIGKILL ${KILLS} times and restarted with the same --state, ${POSTS} posts leave one activity per post and one profile per author`,
  async () => {
    const scenario = await Scenario.open("kill");
    try {
      await killAndResume(scenario);
    } finally {
      await scenario.close();
    }
  },
  TIMEOUT_MS,
);

it.concurrent(
  "the same, with throttling (429, Retry-After) injected as it runs: it finishes",
  async () => {
    const scenario = await Scenario.open("throttled", Math.max(50, Math.round(POSTS / 2)));
    try {
      await killAndResume(scenario);
      expect(scenario.double.requests.filter((request) => request.status === 429).length).toBeGreaterThan(0);
    } finally {
      await scenario.close();
    }
  },
  TIMEOUT_MS,
);
