/** @jest-environment node */
/**
 * Contract of the webAPI error fakes (simulator/pcfHost/platformErrors.ts, faultyDataverseClient.ts):
 * what `context.webAPI` rejects with, checked against the documented shape and, for the harness
 * case, against pcf-start's own code (node_modules/pcf-start).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { InMemoryDataverse } from "../../../simulator/organization/inMemoryDataverse";
import {
  FaultKind,
  FaultyDataverseClient,
  networkError,
  throttledError,
  unavailableError,
  unexpectedError,
} from "../../../simulator/pcfHost/faultyDataverseClient";
import { HARNESS_CREATE_MESSAGE, HARNESS_RETRIEVE_MESSAGE, PLATFORM_ERRORS, fixtureNamed } from "../../../simulator/pcfHost/platformErrors";

const harness = readFileSync(path.join(require.resolve("pcf-start/package.json"), "..", "harness.js"), "utf8");

const isErrorResponse = (value: unknown): value is { errorCode: number; message: string } =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { errorCode?: unknown }).errorCode === "number" &&
  typeof (value as { message?: unknown }).message === "string";

describe("webAPI rejections (contract of the platform error fixtures)", () => {
  it("names a source for every fixture", () => {
    for (const fixture of PLATFORM_ERRORS) expect(fixture.source.trim().length).toBeGreaterThan(20);
    expect(new Set(PLATFORM_ERRORS.map((fixture) => fixture.name)).size).toBe(PLATFORM_ERRORS.length);
  });

  it("gives the documented fixtures exactly { errorCode, message }: no status, no headers", () => {
    // PCF webAPI createRecord reference: the error callback gets "an object with errorCode and message";
    // @types/xrm ErrorResponse { errorCode: number; message: string }. webAPI hides the HTTP status and Retry-After.
    const documented = PLATFORM_ERRORS.filter(
      (fixture) => isErrorResponse(fixture.error) && fixture.name !== "undocumented extras present",
    );
    expect(documented.length).toBeGreaterThan(10);
    for (const { error } of documented) {
      expect(Object.keys(error as object).sort()).toEqual(["errorCode", "message"]);
      expect(error).not.toHaveProperty("status");
      expect(error).not.toHaveProperty("retryAfterSeconds");
    }
  });

  it("writes service-protection codes as the documented unsigned numbers", () => {
    // "Service protection API limits": 0x80072322 (requests), 0x80072321 (execution time), 0x80072326 (concurrency).
    const codes = PLATFORM_ERRORS.filter((fixture) => fixture.name.startsWith("service protection")).map(
      (fixture) => (fixture.error as { errorCode: number }).errorCode,
    );
    expect(codes.sort()).toEqual([0x80072321, 0x80072322, 0x80072326]);
  });

  it("quotes pcf-start's harness messages word for word", () => {
    // node_modules/pcf-start/harness.js: webAPI.createRecord / retrieveRecord alert and reject with these texts.
    expect(harness).toContain(HARNESS_RETRIEVE_MESSAGE);
    expect(harness).toContain(HARNESS_CREATE_MESSAGE);
    expect(fixtureNamed("pcf-start harness").error).toEqual(new Error(HARNESS_RETRIEVE_MESSAGE));
  });
});

describe("FaultyDataverseClient (contract: it rejects with the fixtures themselves)", () => {
  const cases: [FaultKind, () => unknown][] = [
    ["throttled", throttledError],
    ["unavailable", unavailableError],
    ["network", networkError],
  ];

  it.each(cases)("rejects a %s fault with its platform fixture", async (kind, expected) => {
    const client = new FaultyDataverseClient(new InMemoryDataverse()).inject({ kind });
    await expect(client.retrieveMultipleRecords("contact", "?$select=lastname")).rejects.toEqual(expected());
    // One fault, consumed: the next call goes through.
    await expect(client.retrieveMultipleRecords("contact", "?$select=lastname")).resolves.toEqual({ entities: [] });
  });

  it("applies the write before losing the answer (afterCommit)", async () => {
    const org = new InMemoryDataverse();
    const client = new FaultyDataverseClient(org).inject({ kind: "afterCommit", method: "createRecord", error: unexpectedError() });
    await expect(client.createRecord("contact", { lastname: "Lost answer" })).rejects.toEqual(
      fixtureNamed("unexpected server error").error,
    );
    const { entities } = await org.retrieveMultipleRecords("contact", "?$select=lastname");
    expect(entities.map((entity) => entity.lastname)).toEqual(["Lost answer"]);
  });
});
