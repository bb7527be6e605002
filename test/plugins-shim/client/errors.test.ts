/** @jest-environment node */
import fc from "fast-check";
import { PLATFORM_ERRORS } from "../../../simulator/pcfHost/platformErrors";
import { CancelledError, classifyError, ErrorCodes, formatErrorCode, toDataverseError } from "../../../plugins-shim/client";

describe("toDataverseError", () => {
  it("normalizes a signed error code to the documented positive form", () => {
    const signed = ErrorCodes.DuplicateRecord | 0; // what some hosts hand back
    expect(signed).toBeLessThan(0);
    expect(toDataverseError({ errorCode: signed, message: "dup" })).toEqual({ errorCode: ErrorCodes.DuplicateRecord, message: "dup" });
  });

  it("keeps status and a usable Retry-After", () => {
    expect(toDataverseError({ errorCode: 1, message: "", status: 429, retryAfterSeconds: 7 })).toEqual({
      errorCode: 1,
      message: "",
      status: 429,
      retryAfterSeconds: 7,
    });
    expect(toDataverseError({ errorCode: 1, message: "", retryAfterSeconds: Number.NaN }).retryAfterSeconds).toBeUndefined();
  });

  it("turns a browser network failure into status 0", () => {
    expect(toDataverseError(new TypeError("Failed to fetch"))).toEqual({ errorCode: 0, message: "Failed to fetch", status: 0 });
    expect(toDataverseError(new Error("boom")).status).toBeUndefined();
    expect(toDataverseError({ errorCode: 0, message: "Network Error" }).status).toBeUndefined();
  });

  it("never throws, whatever the rejection is", () => {
    expect(toDataverseError({ toString: null })).toEqual({ errorCode: 0, message: "[object Object]" });
    const bare = Object.assign(Object.create(null), { errorCode: ErrorCodes.PrivilegeDenied });
    expect(toDataverseError(bare)).toMatchObject({ errorCode: ErrorCodes.PrivilegeDenied });
    const trap = {
      errorCode: ErrorCodes.PrivilegeDenied,
      get message(): string {
        throw new Error("getter");
      },
    };
    expect(toDataverseError(trap)).toMatchObject({ errorCode: ErrorCodes.PrivilegeDenied });
    expect(toDataverseError("plain words").message).toBe("plain words");
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withBigInt: true }), (reason) => {
        expect(typeof classifyError(reason).kind).toBe("string");
      }),
    );
  });

  it("takes a TypeError for a network failure only with fetch's words; any other is a fault in code, not retried", () => {
    for (const words of ["Failed to fetch", "NetworkError when attempting to fetch resource.", "Load failed"]) {
      expect(classifyError(new TypeError(words))).toMatchObject({ kind: "network", retryable: true });
    }
    const bug = classifyError(new TypeError("Cannot read properties of undefined (reading 'nextLink')"));
    expect(bug).toMatchObject({ kind: "unknown", retryable: false });
    expect(bug.serverMessage).toContain("nextLink");
  });
});

describe("classifyError", () => {
  it.each([
    [{ errorCode: ErrorCodes.DuplicateRecord, message: "" }, "duplicate", "0x80040237"],
    [{ errorCode: ErrorCodes.DuplicateAlternateKey, message: "" }, "duplicate", "0x80060892"],
    [{ errorCode: ErrorCodes.DuplicateDetectionRule, message: "" }, "duplicate", "0x80040333"],
    [{ errorCode: ErrorCodes.PrivilegeDenied, message: "", status: 403 }, "privilege", "0x80040220"],
    [{ errorCode: ErrorCodes.ValueTooLong, message: "" }, "tooLong", "0x80044331"],
    [{ errorCode: 0x8004f502 /* AttributePrivilegeCreateIsMissing */, message: "", status: 403 }, "columnSecurity", "0x8004F502"],
    [{ errorCode: ErrorCodes.ServiceProtectionConcurrency, message: "" }, "throttled", "0x80072326"],
    [{ errorCode: 0, message: "Service Unavailable", status: 503 }, "server", "HTTP 503"],
    [{ errorCode: 0, message: "", status: 0 }, "network", "network"],
    [{ errorCode: 0x80040216, message: "odd" }, "server", "0x80040216"],
    [{ errorCode: 0x80040999, message: "odd" }, "unknown", "0x80040999"],
  ])("%j is %s with support code %s", (error, kind, supportCode) => {
    const classified = classifyError(error);
    expect(classified.kind).toBe(kind);
    expect(classified.messageKey).toBe(`error.${kind}`);
    expect(classified.supportCode).toBe(supportCode);
  });

  it("recognizes a column-security refusal reported as a 403 privilege error by its name", () => {
    const error = { errorCode: ErrorCodes.PrivilegeDenied, message: "AttributePrivilegeCreateIsMissing: secured column", status: 403 };
    expect(classifyError(error).kind).toBe("columnSecurity");
  });

  it("takes a 400 without a code for the request's fault, whatever its words", () => {
    const unknownProperty = {
      errorCode: 0,
      status: 400,
      message: "Could not find a property named 'networktimeout' on type 'Microsoft.Dynamics.CRM.account'.",
    };
    expect(classifyError(unknownProperty)).toMatchObject({ kind: "unknown", retryable: false, supportCode: "HTTP 400" });
  });

  it("finds a column-security name in a long business-rule message", () => {
    // The name pattern is bounded: an unbounded `\w*` took seconds on such messages.
    const message = `${"AttributePrivilege".repeat(5000)} AttributePermissionUpdateIsMissingDuringUpdate`;
    expect(classifyError({ errorCode: ErrorCodes.PrivilegeDenied, message }).kind).toBe("columnSecurity");
    expect(classifyError({ errorCode: ErrorCodes.PrivilegeDenied, message: "AttributePrivilege".repeat(5000) }).kind).toBe("privilege");
  });

  it("retries throttling, 5xx and network failures; only the last two are ambiguous", () => {
    const throttled = classifyError({ errorCode: ErrorCodes.ServiceProtectionRequests, message: "", status: 429 });
    expect([throttled.retryable, throttled.ambiguous]).toEqual([true, false]);
    const server = classifyError({ errorCode: 0, message: "", status: 502 });
    expect([server.retryable, server.ambiguous]).toEqual([true, true]);
    const network = classifyError(new TypeError("Failed to fetch"));
    expect([network.retryable, network.ambiguous]).toEqual([true, true]);
    const duplicate = classifyError({ errorCode: ErrorCodes.DuplicateRecord, message: "" });
    expect([duplicate.retryable, duplicate.ambiguous]).toEqual([false, false]);
  });

  it.each(PLATFORM_ERRORS.map((fixture) => [fixture.name, fixture] as const))(
    "classifies the platform's %s from errorCode and message alone",
    (_name, fixture) => {
      const classified = classifyError(fixture.error);
      expect({ kind: classified.kind, retried: classified.retryable, ambiguous: classified.ambiguous }).toEqual(fixture.expect);
      expect(classified.supportCode).not.toBe("unknown");
    },
  );

  it("reads the Web API body's string code only when errorCode is missing", () => {
    expect(toDataverseError({ message: "An unexpected error occurred.", code: "0x80040216" }).errorCode).toBe(0x80040216);
    expect(toDataverseError({ errorCode: 0x80040237, message: "", code: "0x80040216" }).errorCode).toBe(0x80040237);
    expect(toDataverseError({ message: "x", code: "not a code" }).errorCode).toBe(0);
  });

  it("gives an unknown failure the server's words, never only 'unknown'", () => {
    const classified = classifyError(new Error("Something odd"));
    expect(classified.kind).toBe("unknown");
    expect(classified.serverMessage).toBe("Something odd");
    expect(classified.supportCode).toBe("no-code");
  });

  it("passes the server's words only for business-rule and unknown errors", () => {
    expect(classifyError({ errorCode: ErrorCodes.BusinessRule, message: "Plug-in says no" }).serverMessage).toBe("Plug-in says no");
    expect(classifyError({ errorCode: ErrorCodes.ValueTooLong, message: "long" }).serverMessage).toBeUndefined();
  });

  it("treats cancellation as its own kind", () => {
    expect(classifyError(new CancelledError()).kind).toBe("cancelled");
  });

  it("formats codes as 8 upper-case hex digits", () => {
    expect(formatErrorCode(0x80072322)).toBe("0x80072322");
    expect(formatErrorCode(0x1f)).toBe("0x0000001F");
  });
});
