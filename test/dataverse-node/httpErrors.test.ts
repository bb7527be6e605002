/** @jest-environment node */
import fc from "fast-check";
import { classifyError } from "../../plugins-shim/client";
import { DataverseRequestError, fromHttpFailure, retryAfterOf } from "../../dataverse-node/httpErrors";

/** What dynamics-web-api 2.5 rejects with on an error answer (its ErrorHelper.handleHttpError): the body's error members, status, headers. */
const libraryError = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  Object.assign(new Error(message), { code, status, statusText: "", statusMessage: "", headers });

/** What Node's http module rejects with when the connection breaks. */
const systemError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe("fromHttpFailure feeds the shared classifier (errors.ts)", () => {
  it("429 with Retry-After and the service protection code: throttled, retryable, the server's pause kept", () => {
    const error = fromHttpFailure(
      libraryError(429, "0x80072322", "Number of requests exceeded the limit of 6000 over time window of 300 seconds.", {
        "retry-after": "7",
      }),
    );
    expect(error).toBeInstanceOf(DataverseRequestError);
    expect(error).toMatchObject({ errorCode: 0x80072322, status: 429, retryAfterSeconds: 7 });
    expect(classifyError(error)).toMatchObject({ kind: "throttled", retryable: true, ambiguous: false, retryAfterSeconds: 7 });
  });

  it("an unexpected server error is retryable and ambiguous; a business rule is neither", () => {
    expect(classifyError(fromHttpFailure(libraryError(500, "0x80040216", "An unexpected error occurred.")))).toMatchObject({
      kind: "server",
      retryable: true,
      ambiguous: true,
    });
    expect(classifyError(fromHttpFailure(libraryError(400, "0x80040265", "Rule says no.")))).toMatchObject({
      kind: "businessRule",
      retryable: false,
      serverMessage: "Rule says no.",
    });
  });

  it.each(["ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "EPIPE"])(
    "a broken connection (%s) is a network failure: retryable, ambiguous",
    (code) => {
      const error = fromHttpFailure(systemError(code, "read " + code));
      expect(error.status).toBe(0);
      expect(classifyError(error)).toMatchObject({ kind: "network", retryable: true, ambiguous: true });
    },
  );

  it("a failed $batch (the library's array of failed parts, each with the body's error wrapper) reads the first part", () => {
    const parts = [
      { error: { code: "0x80044331", message: "too long" }, status: 400, statusText: "Bad Request", headers: { "odata-version": "4.0" } },
    ];
    expect(fromHttpFailure(parts)).toMatchObject({ errorCode: 0x80044331, status: 400, message: "too long" });
    expect(classifyError(fromHttpFailure(parts)).kind).toBe("tooLong");
  });

  it("'socket hang up' without a code is a network failure too", () => {
    expect(classifyError(fromHttpFailure(new Error("socket hang up"))).kind).toBe("network");
  });

  it("401 says what it means instead of the library's 'Unexpected Error'", () => {
    const error = fromHttpFailure(libraryError(401, "", "Unexpected Error"));
    expect(error.message).toMatch(/refused the sign-in/);
    expect(classifyError(error).retryable).toBe(false);
  });

  it("keeps only code, message, status and Retry-After: never the response headers", () => {
    const error = fromHttpFailure(libraryError(500, "0x80040216", "boom", { "x-ms-service-request-id": "abc", "set-cookie": "secret" }));
    expect(Object.keys(error).filter((key) => !["errorCode", "status", "retryAfterSeconds", "name"].includes(key))).toEqual([]);
    expect(JSON.stringify(error)).not.toMatch(/secret|abc/);
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.record({ status: fc.option(fc.integer()), code: fc.anything(), message: fc.anything(), headers: fc.anything() }),
        (anything, members) => {
          expect(fromHttpFailure(anything)).toBeInstanceOf(DataverseRequestError);
          expect(fromHttpFailure(Object.assign(new Error(), members))).toBeInstanceOf(DataverseRequestError);
        },
      ),
    );
  });
});

describe("retryAfterOf", () => {
  it("reads seconds or an HTTP date, in any header case", () => {
    expect(retryAfterOf({ "Retry-After": "12" })).toBe(12);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(retryAfterOf({ "retry-after": "Thu, 01 Jan 2026 00:00:30 GMT" }, () => now)).toBe(30);
    expect(retryAfterOf({ "retry-after": "soon" })).toBeUndefined();
    expect(retryAfterOf(undefined)).toBeUndefined();
  });
});
