/** @jest-environment node */
import fc from "fast-check";
import { parseIsoDateTime, validateRecord } from "../../../plugins-shim/rules";
import { parseSocialPost } from "../../../plugins-shim/intake";
import { socialactivity } from "../../../plugins-shim/schema";
import sample from "../fixtures/seed004-sample-payload.json";

const ACTIVITY = { "postauthoraccount_contact@odata.bind": "/contacts(2f9c5a5e-1b7e-4e3a-9d4b-1a2b3c4d5e6f)" };

describe("strict ISO 8601 date-times within Dataverse's range", () => {
  it.each([
    "2016-02-30",
    "2015-02-29",
    "2016-13-01",
    "2016-00-10",
    "2016-04-31",
    "2016-01-01T24:00:00Z",
    "2016-01-01T10:60Z",
    "2016-01-01T10:00:60Z",
    "2016-01-01T10:00+15:00",
    "2016-1-1",
    "20160101",
    "2016-01-01T10:00:00 Z",
  ])("refuses %p instead of rolling it over", (text) => {
    expect(parseIsoDateTime(text)).toEqual({ ok: false, reason: "format" });
    expect(validateRecord(socialactivity, { ...ACTIVITY, postedon: text })).toEqual([
      expect.objectContaining({ column: "postedon", code: "format", messageKey: "validation.format.datetime" }),
    ]);
  });

  it.each(["1752-12-31T23:59:59Z", "0001-01-01", "9999-12-31T23:00:00-05:00", "1753-01-01T00:30:00+01:00"])(
    "refuses %p: outside 1753-01-01 to 9999-12-31 UTC, with a message that says so",
    (text) => {
      expect(parseIsoDateTime(text)).toEqual({ ok: false, reason: "range" });
      expect(validateRecord(socialactivity, { ...ACTIVITY, postedon: text })).toEqual([
        expect.objectContaining({ column: "postedon", code: "range", messageKey: "validation.format.datetimeRange" }),
      ]);
    },
  );

  it.each([
    ["1753-01-01", "1753-01-01T00:00:00.000Z"],
    ["2016-02-29", "2016-02-29T00:00:00.000Z"],
    ["2016-12-30T08:15:30-05:00", "2016-12-30T13:15:30.000Z"],
    ["2016-12-30T08:15:30.1234567+0530", "2016-12-30T02:45:30.123Z"],
    ["9999-12-31T23:59:59.999Z", "9999-12-31T23:59:59.999Z"],
    ["9999-12-31T23:59:59+01:00", "9999-12-31T22:59:59.000Z"],
  ])("takes %p as %p", (text, utc) => {
    const verdict = parseIsoDateTime(text);
    expect(verdict.ok && verdict.date.toISOString()).toBe(utc);
  });

  it("agrees with Date on every valid UTC timestamp in range (round trip)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1753-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59.999Z"), noInvalidDate: true }),
        (date) => {
          const verdict = parseIsoDateTime(date.toISOString());
          expect(verdict.ok && verdict.date.getTime()).toBe(date.getTime());
        },
      ),
    );
  });

  it("intake: a post dated 2016-02-30 or in year 10000 after UTC conversion is refused up front with a localized key", () => {
    for (const [postedon, code] of [
      ["2016-02-30T10:00:00Z", "format"],
      ["9999-12-31T23:00:00-05:00", "range"],
    ]) {
      const result = parseSocialPost({ ...sample, postedon });
      expect(result.ok).toBe(false);
      expect(result.diagnostics).toEqual([expect.objectContaining({ column: "postedon", code })]);
    }
  });
});
