/**
 * readBody: the request body as UTF-8 text however it is chunked, refused past the limit whether the
 * size is declared (Content-Length) or only seen as the body streams in.
 * @jest-environment node
 */
import type { IncomingMessage } from "node:http";
import { PassThrough } from "node:stream";
import fc from "fast-check";
import { BodyTooLargeError, readBody } from "../../server/readBody";

/** A request stream with these headers that sends `chunks` and ends. */
function request(chunks: readonly Buffer[], headers: Record<string, string> = {}): IncomingMessage {
  const stream = Object.assign(new PassThrough(), { headers }) as unknown as IncomingMessage & PassThrough;
  setImmediate(() => {
    for (const chunk of chunks) stream.write(chunk);
    stream.end();
  });
  return stream;
}

/** Cuts bytes at the given points, even inside a multi-byte character. */
const cut = (bytes: Buffer, points: number[]): Buffer[] => {
  const at = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((start, i) => bytes.subarray(start, i < at.length ? at[i] : bytes.length)).filter((chunk) => chunk.length > 0);
};

describe("readBody", () => {
  it("returns the text whole, however its bytes are chunked", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 200 }).map((s) => `${s}é😀€`),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (text, points) => {
          const bytes = Buffer.from(text, "utf8");
          await expect(readBody(request(cut(bytes, points)), bytes.length)).resolves.toBe(text);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("refuses a body over the limit as it streams in, with no Content-Length", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 50 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (limit, over, points) => {
          const bytes = Buffer.alloc(limit + over, "a");
          await expect(readBody(request(cut(bytes, points)), limit)).rejects.toBeInstanceOf(BodyTooLargeError);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("refuses a declared Content-Length over the limit before reading, and accepts one at the limit", async () => {
    await expect(readBody(request([Buffer.from("{}")], { "content-length": "4097" }), 4096)).rejects.toBeInstanceOf(BodyTooLargeError);
    const body = "x".repeat(4096);
    await expect(readBody(request([Buffer.from(body)], { "content-length": "4096" }), 4096)).resolves.toBe(body);
  });
});
