/** @jest-environment node */
import fc from "fast-check";
import { chunkDecoder } from "../../../plugins-shim/cli/readText";

// The commands over whole files (validateFile uses the ESM-only stream-json) are in commands.test.ts.
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);


describe("reading input files", () => {

  it("decodes any text cut into any chunks as the whole text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.constantFrom("utf8", "utf16le"), fc.array(fc.nat(), { maxLength: 6 }), (text, encoding, cuts) => {
        const bytes = encoding === "utf16le" ? utf16le(text) : Buffer.from(text, "utf8");
        const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
        const decode = chunkDecoder("f.json");
        let decoded = "";
        let from = 0;
        for (const point of [...points, bytes.length]) {
          decoded += decode(bytes.subarray(from, point));
          from = point;
        }
        decoded += decode(new Uint8Array(), true);
        expect(decoded).toBe(text);
      }),
    );
  });
});
