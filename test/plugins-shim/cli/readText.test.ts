/** @jest-environment node */
import fc from "fast-check";
import { StrictDecoder } from "../../../plugins-shim/cli/readText";

// The commands over whole files are in cliCommands.test.ts, the JSON reader in jsonRecords.test.ts.
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);

describe("reading input files", () => {
  it("decodes any text cut into any chunks as the whole text, each piece starting at its byte", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme" }),
        fc.constantFrom("utf8", "utf16le"),
        fc.array(fc.nat(), { maxLength: 6 }),
        (text, encoding, cuts) => {
          const bytes = encoding === "utf16le" ? utf16le(text) : Buffer.from(text, "utf8");
          const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
          const decoder = new StrictDecoder("f.json");
          let decoded = "";
          let from = 0;
          for (const point of [...points, bytes.length, -1]) {
            const piece = point === -1 ? decoder.decode(new Uint8Array(), true) : decoder.decode(bytes.subarray(from, point));
            expect(piece.invalid).toBeUndefined();
            if (piece.text) expect(piece.byteOffset).toBe((encoding === "utf16le" ? 2 : 0) + piece.byteLength(decoded));
            decoded += piece.text;
            from = Math.max(from, point);
          }
          expect(decoded).toBe(text);
        },
      ),
    );
  });

  it("names NUL bytes for what they are: UTF-16 without a BOM only when every other byte is NUL", () => {
    expect(() => new StrictDecoder("f.json").decode(Buffer.from('[{"a":1}]', "utf16le"), true)).toThrow(
      /looks like UTF-16 without a byte-order mark/,
    );
    // A file of zeros is no UTF-16: the JSON reader names the NUL byte and where it is.
    expect(new StrictDecoder("f.json").decode(Buffer.alloc(64), true)).toMatchObject({ text: "\u0000".repeat(64) });
  });

  it("at an invalid byte returns the text before it and says the file is not valid UTF-8", () => {
    const decoder = new StrictDecoder("f.json");
    const first = decoder.decode(Buffer.from([0x5b, 0xe2, 0x82])); // "[" and a cut euro sign
    expect(first).toMatchObject({ text: "[", byteOffset: 0 });
    const second = decoder.decode(Buffer.from([0xac, 0x31, 0xff, 0x32]));
    expect(second).toMatchObject({ text: "\u20ac1", byteOffset: 1, invalid: "not valid UTF-8 text" });
  });
});
