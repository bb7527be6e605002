/**
 * TextTracker names a character of streamed text by byte, line and column, however the text was cut
 * into chunks and after older text is forgotten: checked against the position computed from the whole
 * text at once. describePosition's wording is what the CLI prints.
 * @jest-environment node
 */
import fc from "fast-check";
import { describePosition, TextPosition, TextTracker } from "../../../plugins-shim/cli/textPosition";

const utf8 = (text: string) => Buffer.byteLength(text, "utf8");

/** The position of `text[offset]` from the whole text: LF ends a line, columns count UTF-16 units. */
function positionIn(text: string, offset: number): TextPosition {
  const before = text.slice(0, offset);
  const lines = before.split("\n");
  return { byte: utf8(before), line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Text with newlines, CRLF, accents and astral characters, cut at code-point boundaries as a decoder would. */
const chunks = fc.array(
  fc
    .array(fc.oneof(fc.constantFrom("\n", "\r\n", "é", "😀", "{", '"'), fc.string({ maxLength: 300 })), { maxLength: 8 })
    .map((parts) => parts.join("")),
  { minLength: 1, maxLength: 12 },
);

describe("TextTracker", () => {
  it("places every character of the last chunk and the 1,024 characters before it as the whole text does", () => {
    fc.assert(
      fc.property(chunks, fc.nat(), (parts, pick) => {
        const tracker = new TextTracker();
        let text = "";
        for (const part of parts) {
          tracker.add(part, utf8(text), utf8);
          text += part;
        }
        expect(tracker.characters).toBe(text.length);
        const kept = Math.min(text.length, parts[parts.length - 1].length + 1024);
        const offset = text.length - (kept === 0 ? 0 : pick % (kept + 1));
        expect(tracker.at(offset)).toEqual(positionIn(text, offset));
        const code = text.codePointAt(offset);
        if (code !== undefined && !(code >= 0xdc00 && code <= 0xdfff)) expect(tracker.characterAt(offset)).toBe(String.fromCodePoint(code));
      }),
    );
  });

  it("counts a CRLF as one line end and an astral character as four bytes and two columns", () => {
    const tracker = new TextTracker();
    tracker.add("a\r\n😀x", 0, utf8);
    expect(tracker.at(5)).toEqual({ byte: 1 + 2 + 4, line: 2, column: 3 });
  });
});

describe("describePosition", () => {
  it("writes byte, line and column with en-US digit grouping", () => {
    expect(describePosition({ byte: 1234567, line: 1001, column: 7 })).toBe("byte 1,234,567 (line 1,001, column 7)");
  });
});
