/** @jest-environment node */
import fc from "fast-check";
import { isGuid } from "../../../plugins-shim/rules";
import { uuidV5 } from "../../../plugins-shim/intake/nameBasedGuid";

describe("uuidV5: name-based GUIDs for the solution's ids and intake's rows", () => {
  it("is RFC 9562's version 5 (the test vector: DNS namespace, www.example.com)", () => {
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });

  it("gives one GUID per name and namespace, version 5 and variant 10, in the Web API's form", () => {
    const namespace = fc.uuid();
    fc.assert(
      fc.property(fc.string(), fc.string(), namespace, (a, b, ns) => {
        const id = uuidV5(a, ns);
        expect(isGuid(id)).toBe(true);
        expect(id).toBe(id.toLowerCase());
        expect(id[14]).toBe("5");
        expect("89ab").toContain(id[19]);
        expect(uuidV5(a, ns)).toBe(id);
        if (a !== b) expect(uuidV5(b, ns)).not.toBe(id);
      }),
    );
  });
});
