/** @jest-environment node */
import fc from "fast-check";
import { guidOrUndefined, isGuid, isRealGuid, NIL_GUID, normalizeGuid } from "../../../plugins-shim/rules/guid";
import { validateValue } from "../../../plugins-shim/rules";
import { TABLES } from "../../../plugins-shim/schema";

const HEX = "0123456789abcdefABCDEF";

/** The rule written without a regex: one optional pair of braces around 8-4-4-4-12 hex digits. */
function referenceIsGuid(text: string): boolean {
  const bare = text.startsWith("{") && text.endsWith("}") ? text.slice(1, -1) : text;
  const groups = bare.split("-");
  return (
    groups.length === 5 &&
    groups.map((group) => group.length).join() === "8,4,4,4,12" &&
    [...groups.join("")].every((char) => HEX.includes(char))
  );
}

/** A GUID written as hosts write it: lower (Web API), upper (forms), braced (exports, contextInfo.entityId). */
const spelled = fc.tuple(fc.uuid(), fc.constantFrom("lower", "upper"), fc.boolean()).map(([uuid, letterCase, braced]) => {
  const text = letterCase === "upper" ? uuid.toUpperCase() : uuid;
  return { uuid, text: braced ? `{${text}}` : text };
});

/** Text near a GUID: GUID characters, braces and dashes in any order and length. */
const nearGuid = fc.string({ unit: fc.constantFrom(..."0123456789abcdefABCDEFg-{} "), maxLength: 40 });

describe("guid", () => {
  it("accepts every GUID in each spelling and normalizes it to the Web API's bare lower case", () => {
    fc.assert(
      fc.property(spelled, ({ uuid, text }) => {
        expect(isGuid(text)).toBe(true);
        expect(normalizeGuid(text)).toBe(uuid);
        expect(guidOrUndefined(text)).toBe(uuid);
        expect(normalizeGuid(normalizeGuid(text))).toBe(normalizeGuid(text));
      }),
    );
  });

  it("agrees with the brace-pair rule on arbitrary text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          nearGuid,
          spelled.map(({ text }) => text),
          fc.string(),
        ),
        (text) => {
          expect(isGuid(text)).toBe(referenceIsGuid(text));
          expect(guidOrUndefined(text)).toBe(referenceIsGuid(text) ? normalizeGuid(text) : undefined);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("refuses a GUID with an unpaired brace, a changed character or another length", () => {
    fc.assert(
      fc.property(fc.uuid(), fc.nat(35), fc.constantFrom("g", "-", " ", "{", ""), (uuid, index, replacement) => {
        expect(isGuid(`{${uuid}`)).toBe(false);
        expect(isGuid(`${uuid}}`)).toBe(false);
        expect(isGuid(`{{${uuid}}}`)).toBe(false);
        const changed = uuid.slice(0, index) + replacement + uuid.slice(index + 1);
        if (changed !== uuid) expect(isGuid(changed)).toBe(false);
      }),
    );
  });

  it("refuses what is not text", () => {
    for (const value of [undefined, null, 0, {}, ["00000000-0000-0000-0000-000000000001"]]) {
      expect(isGuid(value)).toBe(false);
      expect(guidOrUndefined(value)).toBeUndefined();
    }
  });

  it("tells the empty GUID (pcf-start's user, an unset id) from real ones", () => {
    for (const nil of [NIL_GUID, `{${NIL_GUID}}`]) {
      expect(isGuid(nil)).toBe(true);
      expect(isRealGuid(nil)).toBe(false);
    }
    fc.assert(fc.property(spelled, ({ uuid, text }) => expect(isRealGuid(text)).toBe(uuid !== NIL_GUID)));
  });

  it("is the rule the column validation uses: an unpaired brace is no uniqueidentifier (Guid.Parse refuses it too)", () => {
    const id = TABLES.socialprofile.columns.socialprofileid;
    fc.assert(
      fc.property(spelled, ({ text }) => {
        expect(validateValue(id, text)).toBeUndefined();
        expect(validateValue(id, `{${normalizeGuid(text)}`)).toMatchObject({ code: "type" });
        expect(validateValue(id, `${normalizeGuid(text)}}`)).toMatchObject({ code: "type" });
      }),
    );
  });
});
