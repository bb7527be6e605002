import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { UsageError } from "./usage";

/** `-` on the command line: standard input. */
export const STDIN = "-";

/** How a file is named in messages. */
export const inputName = (file: string): string => (file === STDIN ? "standard input" : file);

/**
 * The bytes of a file (or of standard input for `-`), in order, read sequentially: pipes, FIFOs
 * and devices can't seek, and report a size of 0. `maxBytes` is counted while reading, whatever
 * the file is, and reading stops there; a regular file over it is refused before a byte is read.
 */
export async function* readBytes(file: string, maxBytes = Infinity): AsyncGenerator<Buffer> {
  const name = inputName(file);
  if (file !== STDIN) {
    const stats = await stat(file).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`Cannot read ${name}: ${error.code ?? error.message}`);
    });
    if (stats.isDirectory()) throw new UsageError(`Cannot read ${name}: it is a directory.`);
    if (stats.isFile() && stats.size > maxBytes) {
      throw new UsageError(`${name} is ${stats.size.toLocaleString("en-US")} bytes; the limit is ${maxBytes.toLocaleString("en-US")}.`);
    }
  }
  const source = file === STDIN ? process.stdin : createReadStream(file, { highWaterMark: 64 * 1024 });
  let total = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) {
        throw new UsageError(`${name} is more than ${maxBytes.toLocaleString("en-US")} bytes, the limit: reading stopped there.`);
      }
      yield chunk;
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`Cannot read ${name}: ${code === "EISDIR" ? "it is a directory." : (code ?? (error as Error).message)}`);
  } finally {
    if (file !== STDIN) source.destroy();
  }
}
