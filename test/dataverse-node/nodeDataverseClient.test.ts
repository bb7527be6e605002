/** @jest-environment node */
import { inspect } from "node:util";
import { CancelledError, classifyError, nextPageOptions } from "../../plugins-shim/client";
import { connect, Connection, SignInError } from "../../dataverse-node";
import { startWebApiDouble, WebApiDouble } from "../../simulator/webApi/webApiDouble";
import { TokenDouble } from "./tokenDouble";

// dynamics-web-api sends through http_proxy when it is set and reads no NO_PROXY: the double is on 127.0.0.1.
delete process.env.http_proxy;

/**
 * The Node connection against the Web API double over 127.0.0.1: the same DataverseClient
 * contract as the in-memory organization, plus what only HTTP has (429, broken connections, 401).
 * A TokenCredential double stands in for sign-in; retries pause through a sleep that records.
 */

let double: WebApiDouble;
let credential: TokenDouble;
let delays: number[];
let logged: string[];

function open(options: { concurrency?: number; signal?: AbortSignal } = {}): Connection {
  return connect({
    org: double.url,
    env: {},
    credential,
    retry: { sleep: async (ms) => void delays.push(ms), random: () => 0 },
    log: (line) => logged.push(line),
    ...options,
  });
}

beforeEach(async () => {
  credential = new TokenDouble();
  double = await startWebApiDouble({ acceptToken: credential.token });
  delays = [];
  logged = [];
});

afterEach(async () => {
  await double.close();
});

const posts = () => double.requests.filter((request) => request.method === "POST");

describe("the DataverseClient contract over HTTP", () => {
  it("creates, reads, updates, pages and deletes; asks for the token with the org's /.default scope", async () => {
    const { client } = open();
    const { id } = await client.createRecord("socialprofile", { profilename: "contoso", community: 2 });
    expect(credential.scopes[0]).toBe(`${double.url}/.default`);
    expect(await client.retrieveRecord("socialprofile", id, "?$select=profilename,community")).toMatchObject({
      socialprofileid: id,
      profilename: "contoso",
      community: 2,
    });
    await client.updateRecord("socialprofile", id, { profilename: "renamed" });
    for (const name of ["b", "c"]) await client.createRecord("socialprofile", { profilename: name });

    const first = await client.retrieveMultipleRecords("socialprofile", "?$select=profilename", 2);
    expect(first.entities).toHaveLength(2);
    const second = await client.retrieveMultipleRecords("socialprofile", nextPageOptions(first.nextLink!), 2);
    expect([...first.entities, ...second.entities].map((row) => row.profilename).sort()).toEqual(["b", "c", "renamed"]);
    expect(second.nextLink).toBeUndefined();

    const filtered = await client.retrieveMultipleRecords("socialprofile", `?$select=profilename&$filter=profilename eq 'B'`);
    expect(filtered.entities.map((row) => row.profilename)).toEqual(["b"]);
    // The library's extra keys are gone: rows look as the server wrote them.
    expect(Object.keys(filtered.entities[0]).sort()).toEqual(
      ["@odata.etag", "profilename", "socialprofileid"].filter((key) => key in filtered.entities[0]).sort(),
    );

    await client.deleteRecord("socialprofile", id);
    await expect(client.retrieveRecord("socialprofile", id)).rejects.toMatchObject({ status: 404, errorCode: 0x80040217 });
  });

  it("rejects a refused write with the server's code, classified by the shared errors.ts", async () => {
    const { client } = open();
    const refused = await client.createRecord("socialprofile", { profilename: "x".repeat(101) }).catch((reason: unknown) => reason);
    expect(classifyError(refused)).toMatchObject({ kind: "tooLong", supportCode: "0x80044331", retryable: false });
    expect(posts()).toHaveLength(1);
  });

  it("never has more requests under way than its concurrency", async () => {
    // Each request asks for its token inside its place under the bound: a credential that holds
    // every ask shows how many are under way, without timing.
    const held: Array<() => void> = [];
    const gated = {
      getToken: async (scopes: string | string[]) => (
        await new Promise<void>((resolve) => held.push(resolve)),
        credential.getToken(scopes)
      ),
    };
    const { client } = connect({ org: double.url, env: {}, credential: gated, concurrency: 2 });
    const flush = () => new Promise<void>((resolve) => setImmediate(resolve));
    const all = Promise.all(Array.from({ length: 12 }, (_, index) => client.createRecord("socialprofile", { profilename: `p${index}` })));
    let peak = 0;
    for (let released = 0; released < 12; released += 1) {
      while (held.length === 0) await flush();
      await flush();
      peak = Math.max(peak, held.length);
      held.shift()!();
    }
    await all;
    expect(peak).toBe(2);
    expect(double.requests).toHaveLength(12);
    expect(double.peakConcurrency).toBeLessThanOrEqual(2);
  });

  it("refuses a query it can't pass on instead of dropping it", async () => {
    const { client } = open();
    await expect(client.retrieveRecord("socialprofile", "00000000-0000-0000-0000-000000000001", "?$filter=community eq 2")).rejects.toThrow(
      /\$select only/,
    );
    await expect(client.retrieveMultipleRecords("socialprofile", "?$count=true")).rejects.toThrow(/not supported/);
    expect(double.requests).toHaveLength(0);
  });

  it("reads a table definition through get()", async () => {
    const { client } = open();
    const definition = await client.get<{ LogicalName: string; Attributes: unknown[] }>(
      "EntityDefinitions(LogicalName='socialprofile')?$expand=Attributes",
    );
    expect(definition.LogicalName).toBe("socialprofile");
    expect(definition.Attributes.length).toBeGreaterThan(5);
  });
});

describe("throttling and broken connections", () => {
  it("waits out 429s for the server's Retry-After and succeeds, saying so on the log", async () => {
    const { client } = open();
    double.throttle({ count: 2, retryAfterSeconds: 7 });
    await client.createRecord("socialprofile", { profilename: "patient" });
    expect(delays).toEqual([7000, 7000]);
    expect(posts().map((request) => request.status)).toEqual([429, 429, 204]);
    expect(logged[0]).toMatch(/create socialprofile: throttled \(0x80072322\); attempt 2 of 5 in 7 s/);
  });

  it("does not retry a create whose answer was lost: the error says it may have been applied", async () => {
    const { client } = open();
    double.dropAfterNextWrite();
    const failure = await client.createRecord("socialprofile", { profilename: "lost" }).catch((reason: unknown) => reason);
    expect(classifyError(failure)).toMatchObject({ kind: "network", ambiguous: true });
    expect(posts()).toHaveLength(1);
    expect((await client.retrieveMultipleRecords("socialprofile", "?$select=profilename")).entities).toHaveLength(1);
  });

  it("retries an update and a delete whose answers were lost (a repeated PATCH sets the same values; a repeated DELETE finds the row gone)", async () => {
    const { client } = open();
    const { id } = await client.createRecord("socialprofile", { profilename: "before" });
    double.dropAfterNextWrite();
    await client.updateRecord("socialprofile", id, { profilename: "after" });
    expect((await client.retrieveRecord("socialprofile", id, "?$select=profilename")).profilename).toBe("after");
    double.dropAfterNextWrite();
    await expect(client.deleteRecord("socialprofile", id)).resolves.toEqual({ id, entityType: "socialprofile" });
    expect(double.requests.filter((request) => request.method === "DELETE").map((request) => request.status)).toEqual(["dropped", 404]);
  });

  it("stops retrying on Cancel, and says a write may have been applied when an attempt failed ambiguously", async () => {
    const controller = new AbortController();
    const { client } = connect({
      org: double.url,
      env: {},
      credential,
      signal: controller.signal,
      retry: { sleep: async () => controller.abort(), random: () => 0 },
    });
    const { id } = await client.createRecord("socialprofile", { profilename: "x" });
    double.dropAfterNextWrite();
    const failure = await client.updateRecord("socialprofile", id, { profilename: "y" }).catch((reason: unknown) => reason);
    expect(failure).toBeInstanceOf(CancelledError);
    expect((failure as CancelledError).mayHaveBeenApplied).toBe(true);
  });
});

describe("cancel", () => {
  it("a read cancelled before or while it runs rejects with CancelledError, nothing applied", async () => {
    const controller = new AbortController();
    const { client } = open({ signal: controller.signal });
    controller.abort();
    const failure = await client.retrieveMultipleRecords("socialprofile").catch((reason: unknown) => reason);
    expect(failure).toBeInstanceOf(CancelledError);
    expect((failure as CancelledError).mayHaveBeenApplied).toBe(false);
  });

  it("a cancel that comes while the read is being sent aborts it on the wire", async () => {
    const controller = new AbortController();
    // Cancelled just as the token is handed over: the request leaves with an aborted signal.
    const aborting = { getToken: async (scopes: string | string[]) => (controller.abort(), credential.getToken(scopes)) };
    const { client } = connect({
      org: double.url,
      env: {},
      credential: aborting,
      signal: controller.signal,
      retry: { sleep: async () => undefined },
    });
    await expect(client.retrieveMultipleRecords("socialprofile")).rejects.toBeInstanceOf(CancelledError);
    expect(double.requests).toHaveLength(0);
  });
});

describe("change sets ($batch)", () => {
  const postAndProfile = [
    { kind: "create" as const, table: "contact", data: { firstname: "Ada", lastname: "Lovelace" }, contentId: "1" },
    {
      kind: "create" as const,
      table: "socialprofile",
      data: { profilename: "ada", "customerid_contact@odata.bind": "$1" },
      contentId: "2",
    },
  ];
  const count = async (client: Connection["client"], table: string) => (await client.retrieveMultipleRecords(table)).entities.length;

  it("writes all of a change set, a later create bound to an earlier one by Content-ID", async () => {
    const { client } = open();
    const [contact, profile] = await client.executeChangeSet(postAndProfile);
    expect(contact.entityType).toBe("contact");
    expect((await client.retrieveRecord("socialprofile", profile.id, "?$select=_customerid_value"))._customerid_value).toBe(contact.id);
  });

  it("writes none of it when one fails, with the failing operation's code", async () => {
    const { client } = open();
    const failure = await client
      .executeChangeSet([postAndProfile[0], { kind: "create", table: "socialprofile", data: { profilename: "x".repeat(101) } }])
      .catch((reason: unknown) => reason);
    expect(classifyError(failure)).toMatchObject({ kind: "tooLong", supportCode: "0x80044331" });
    expect(await count(client, "contact")).toBe(0);
  });

  it("is sent again after 429s, and not after a lost answer (then it may have been applied)", async () => {
    const { client } = open();
    double.throttle({ count: 2, retryAfterSeconds: 3 });
    await client.executeChangeSet(postAndProfile);
    expect(delays).toEqual([3000, 3000]);
    double.dropAfterNextWrite();
    const failure = await client.executeChangeSet(postAndProfile).catch((reason: unknown) => reason);
    expect(classifyError(failure)).toMatchObject({ kind: "network", ambiguous: true });
    expect(posts().map((request) => request.status)).toEqual([429, 429, 200, "dropped"]);
    expect(await count(client, "socialprofile")).toBe(2);
  });
});

describe("sign-in", () => {
  it("a refused token is a 401 that says so, not retried", async () => {
    const { client } = connect({
      org: double.url,
      env: {},
      credential: new TokenDouble("another-made-up-token"),
      retry: { sleep: async () => undefined },
    });
    const failure = await client.retrieveMultipleRecords("socialprofile").catch((reason: unknown) => reason);
    expect(failure).toMatchObject({ status: 401, message: expect.stringMatching(/refused the sign-in/) });
    expect(double.requests).toHaveLength(1);
  });

  it("a credential that fails is a SignInError, and no request is sent", async () => {
    const { client } = connect({
      org: double.url,
      env: {},
      credential: new TokenDouble("unused", new Error("AZURE_CLIENT_ID is not set")),
    });
    await expect(client.retrieveMultipleRecords("socialprofile")).rejects.toThrow(SignInError);
    expect(double.requests).toHaveLength(0);
  });

  it("the token never reaches a log line, an error, the console or the double's request log", async () => {
    const written: string[] = [];
    const spies = [
      jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true)),
      jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true)),
      ...(["log", "info", "warn", "error", "debug"] as const).map((name) =>
        jest.spyOn(console, name).mockImplementation((...args: unknown[]) => void written.push(args.map((arg) => inspect(arg)).join(" "))),
      ),
    ];
    try {
      const { client } = open();
      const failures: unknown[] = [];
      const collect = (promise: Promise<unknown>) => promise.catch((reason: unknown) => void failures.push(reason));
      double.throttle({ count: 1, retryAfterSeconds: 1 });
      const { id } = await client.createRecord("socialprofile", { profilename: "a" });
      await collect(client.createRecord("socialprofile", { profilename: "x".repeat(101) }));
      double.dropAfterNextWrite();
      await collect(client.createRecord("socialprofile", { profilename: "b" }));
      await collect(client.retrieveRecord("socialprofile", "00000000-0000-0000-0000-000000000009"));
      await collect(client.retrieveMultipleRecords("socialprofile", "?$select=nope"));
      await collect(client.retrieveMultipleRecords("socialprofile", "?$expand=x"));
      await client.deleteRecord("socialprofile", id);
      await double.close();
      double = await startWebApiDouble({ acceptToken: "something-else" });
      await collect(connect({ org: double.url, env: {}, credential }).client.retrieveMultipleRecords("socialprofile"));

      expect(failures).toHaveLength(6);
      const everything = [
        ...written,
        ...logged,
        ...failures.map((failure) => `${inspect(failure, { depth: 10, showHidden: true })} ${JSON.stringify(failure)} ${String(failure)}`),
        JSON.stringify(double.requests),
      ].join("\n");
      expect(everything).not.toContain(credential.token);
      expect(logged.length).toBeGreaterThan(0);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
