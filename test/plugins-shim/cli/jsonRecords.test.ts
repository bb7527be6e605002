/** @jest-environment node */
import fc from "fast-check";
import { JsonBreak, JsonRecord, MAX_NESTING } from "../../../plugins-shim/cli/jsonRecords";
import { breakMessage, readJsonChunks } from "../../../plugins-shim/cli/readJson";

const OPTIONS = { arrayHoldsRecords: true, maxRecordCharacters: 1024 * 1024 };

/** Reads `bytes` cut at `cuts` (any chunking must give the same answer). */
async function read(bytes: Uint8Array, cuts: number[] = [], options = OPTIONS): Promise<{ records: JsonRecord[]; broken?: JsonBreak }> {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks = [...points, bytes.length].map((point, i, all) => bytes.subarray(i === 0 ? 0 : all[i - 1], point));
  const records: JsonRecord[] = [];
  const broken = await readJsonChunks("f.json", chunks, options, (record) => {
    records.push(record);
  });
  return { records, broken };
}

const utf8 = (text: string) => Buffer.from(text, "utf8");

// Text JSON.stringify writes as it is (no escapes), so a fault inserted anywhere is where the
// parser stops: letters from any script, emoji (4 bytes, surrogate pairs) and spaces.
const plainText = fc
  .string({ unit: "grapheme", maxLength: 12 })
  .map((text) => [...text].filter((character) => character !== '"' && character !== "\\" && character.charCodeAt(0) >= 0x20).join(""));
const record = fc.dictionary(plainText, fc.oneof(plainText, fc.integer()), { maxKeys: 4 });
const breakKind = fc.constantFrom("truncated", "trailingComma", "badToken", "invalidUtf8");

describe("JSON record reader: what a break loses", () => {
  it("N valid records followed by any break: exactly N records, and the message names record N and the break's byte, line and column", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { maxLength: 6 }),
        record,
        breakKind,
        fc.nat(),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 5 }),
        async (good, brokenRecord, kind, at, indented, cuts) => {
          const text = (value: unknown) => (indented ? JSON.stringify(value, null, 1) : JSON.stringify(value));
          const separator = indented ? ",\n" : ",";
          const before = `[${good.map(text).join(separator)}`;
          const brokenText = [...text(brokenRecord)]; // code points
          const p = at % brokenText.length; // a cut inside record N: never after its last character
          const head = brokenText.slice(0, p).join("");
          let file: Buffer;
          let expectedByte: number | undefined;
          const lead = `${before}${good.length > 0 ? separator : ""}`;
          if (kind === "truncated") file = utf8(`${lead}${head}`);
          else if (kind === "trailingComma") {
            if (good.length === 0) return; // "[,]" breaks at the comma, not after a record
            file = utf8(`${before},]`);
            expectedByte = file.length - 1;
          } else {
            const fault = kind === "badToken" ? utf8("\u0001") : Buffer.from([0xff]);
            file = Buffer.concat([utf8(`${lead}${head}`), fault, utf8(`${brokenText.slice(p).join("")}]`)]);
            expectedByte = utf8(`${lead}${head}`).length;
          }

          const { records, broken } = await read(file, cuts);
          expect(records.map((r) => r.value)).toEqual(good);
          expect(broken).toBeDefined();
          const message = breakMessage("f.json", broken!, true);
          expect(message).toContain(`in record ${good.length},`);
          const { byte, line, column } = broken!.position;
          if (expectedByte !== undefined) expect(byte).toBe(expectedByte);
          else expect(byte).toBeGreaterThanOrEqual(utf8(before).length);
          expect(byte).toBeLessThanOrEqual(file.length);
          // Line and column agree with the byte: count them in the text before it.
          const textBefore = file.subarray(0, byte).toString("utf8");
          const lines = textBefore.split("\n");
          expect(line).toBe(lines.length);
          expect(column).toBe(lines[lines.length - 1].length + 1);
          expect(message).toContain(
            `byte ${byte.toLocaleString("en-US")} (line ${line.toLocaleString("en-US")}, column ${column.toLocaleString("en-US")})`,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it("names every key given twice in one object by its path; the same key in two objects is no repeat", async () => {
    const text = '[{"a":1,"b":{"c":1,"c":2},"d":[{"e":1},{"e":1,"e":2}],"a":3},{"a":1},{"b":{"a":1},"a":2}]';
    const { records, broken } = await read(utf8(text), [7, 19]);
    expect(broken).toBeUndefined();
    expect(records.map((r) => r.repeatedKeys)).toEqual([["b.c", "d[1].e", "a"], [], []]);
  });

  it("skips a record too large to read, says where it outgrew the cap, and reads the next", async () => {
    const text = `[{"a":1},{"big":"${"x".repeat(5000)}","c":1},{"b":2}]`;
    const { records, broken } = await read(utf8(text), [100, 2000], { arrayHoldsRecords: true, maxRecordCharacters: 1000 });
    expect(broken).toBeUndefined();
    expect(records).toEqual([
      { index: 0, value: { a: 1 }, repeatedKeys: [] },
      { index: 1, value: undefined, repeatedKeys: [], tooLargeAt: "big" },
      { index: 2, value: { b: 2 }, repeatedKeys: [] },
    ]);
  });
});

describe("JSON record reader: nesting depth", () => {
  it("N good records, then arrays or objects nested past the cap: N records and a break at the bracket that opens one level too many", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { maxLength: 4 }),
        fc.array(fc.constantFrom("[", '{"k":'), { minLength: MAX_NESTING, maxLength: MAX_NESTING + 3 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        async (good, opens, cuts) => {
          // The top-level array is level 1, so the record may open MAX_NESTING - 1 more.
          const lead = `[${good.map((value) => `${JSON.stringify(value)},`).join("")}`;
          const file = utf8(`${lead}${opens.join("")}1`);
          const { records, broken } = await read(file, cuts);
          expect(records.map((r) => r.value)).toEqual(good);
          expect(broken).toBeDefined();
          const tooDeep = utf8(`${lead}${opens.slice(0, MAX_NESTING - 1).join("")}`).length;
          expect({ records: broken!.records, byte: broken!.position.byte }).toEqual({ records: good.length, byte: tooDeep });
          expect(breakMessage("f.json", broken!, true)).toContain(`nested more than ${MAX_NESTING} deep`);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("a megabyte of [ in one chunk breaks at the 65th, not at the end", async () => {
    const { records, broken } = await read(utf8(`[{"a":1},${"[".repeat(1024 * 1024)}`));
    expect(records.map((r) => r.value)).toEqual([{ a: 1 }]);
    expect(broken!.position.byte).toBe(9 + MAX_NESTING - 1);
    expect(broken!.reason).toBe(`arrays and objects nested more than ${MAX_NESTING} deep, found "["`);
  });

  it("reads MAX_NESTING levels, and brackets inside strings are text", async () => {
    const deepest = `${"[".repeat(MAX_NESTING - 1)}1${"]".repeat(MAX_NESTING - 1)}`;
    const text = `[${deepest},{"s":"${"[{".repeat(100)}\\"["}]`;
    const { records, broken } = await read(utf8(text), [3, 70]);
    expect(broken).toBeUndefined();
    expect(records.map((r) => r.value)).toEqual(JSON.parse(text));
  });
});
