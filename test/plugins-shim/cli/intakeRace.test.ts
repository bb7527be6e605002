/** @jest-environment node */
import http from "node:http";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startWebApiDouble, WebApiDouble } from "../../../simulator/webApi/webApiDouble";
import { TokenDouble } from "../../dataverse-node/tokenDouble";
import { makePosts } from "./intakePosts";
import { intake, orgCounts } from "./intakeOrgRun";

delete process.env.http_proxy;

/**
 * Writes that commit late: a gateway (a proxy on 127.0.0.1) in front of the Web API double holds
 * change sets and lets them through only when a later one arrives, so the org applies a change set
 * AFTER its sender re-read the org. The order is driven by the requests themselves, no timers.
 * Invariant (issue 23): one activity per post, one profile and one contact per author, still.
 * The rows' derived ids (intakeIds.ts) make the late second create a duplicate, which is re-read.
 */

const dir = mkdtempSync(path.join(tmpdir(), "intake-race-"));
const credential = new TokenDouble();
let double: WebApiDouble;
let gateway: http.Server;

beforeEach(async () => {
  double = await startWebApiDouble({ acceptToken: credential.token });
});

afterEach(async () => {
  gateway?.close();
  await double.close();
});

interface Held {
  request: http.IncomingMessage;
  body: Buffer;
  /** The sender's response, or undefined when it was answered already (a 504). */
  response?: http.ServerResponse;
}

/**
 * A gateway: every request is forwarded, except that the first `hold` `$batch` requests are kept
 * (each answered at once with 504 when `answer504`, else left waiting) until the next `$batch`
 * arrives; then the held ones reach the org first, in order, and the new one after them.
 */
async function startGateway(options: { hold: number; answer504: boolean }): Promise<string> {
  const target = new URL(double.url);
  const held: Held[] = [];
  const forward = (request: http.IncomingMessage, body: Buffer) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const upstream = http.request(
        { host: "127.0.0.1", port: target.port, path: request.url, method: request.method, headers: request.headers },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on("data", (chunk: Buffer) => chunks.push(chunk));
          answer.on("end", () => resolve({ status: answer.statusCode ?? 500, headers: answer.headers, body: Buffer.concat(chunks) }));
        },
      );
      upstream.on("error", reject);
      upstream.end(body);
    });
  const reply = (
    response: http.ServerResponse | undefined,
    answer: { status: number; headers: http.IncomingHttpHeaders; body: Buffer },
  ) => {
    if (!response) return;
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body);
  };
  gateway = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const isBatch = request.url?.includes("$batch") ?? false;
    if (isBatch && options.hold > 0) {
      options.hold -= 1;
      if (options.answer504) {
        response.writeHead(504, { "content-type": "text/plain" });
        response.end("Gateway Timeout");
        held.push({ request, body });
      } else {
        held.push({ request, body, response });
      }
      return;
    }
    if (isBatch) {
      // The held change sets commit now, after their senders (or a racing run) read the org.
      for (const { request: early, body: earlyBody, response: earlyResponse } of held.splice(0))
        reply(earlyResponse, await forward(early, earlyBody));
    }
    reply(response, await forward(request, body));
  });
  gateway.listen(0, "127.0.0.1");
  await once(gateway, "listening");
  return `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
}

const fileWith = (name: string, content: unknown) => {
  const file = path.join(dir, `${name}-${Date.now()}-${Math.random()}.json`);
  writeFileSync(file, JSON.stringify(content));
  return file;
};

it("a change set answered 504 that commits after the re-read: the resend is refused as a duplicate, re-read, reused: one activity", async () => {
  const url = await startGateway({ hold: 1, answer504: true });
  const { code, stdout } = await intake([fileWith("one", makePosts(1, 1)), "--org", url, "--apply", "--quiet"], credential);
  expect(code).toBe(0);
  expect(JSON.parse(stdout)).toMatchObject({ done: 1, failed: 0 });
  expect(await orgCounts(double.organization)).toEqual({ activities: 1, distinctPosts: 1, profiles: 1, distinctHandles: 1, contacts: 1 });
});

it("two runs racing on one new author (both plan before either commits) make one profile and one contact", async () => {
  const url = await startGateway({ hold: 1, answer504: false });
  const [first, second] = makePosts(2, 1);
  const runs = await Promise.all([
    intake([fileWith("a", [first]), "--org", url, "--apply", "--quiet"], credential),
    intake([fileWith("b", [second]), "--org", url, "--apply", "--quiet"], credential),
  ]);
  expect(runs.map((run) => run.code)).toEqual([0, 0]);
  expect(await orgCounts(double.organization)).toEqual({ activities: 2, distinctPosts: 2, profiles: 1, distinctHandles: 1, contacts: 1 });
});
