import { closeSync, fstatSync, fsyncSync, openSync, readFileSync, readSync, writeSync } from "node:fs";
import { UsageError } from "./usage";

/**
 * `intake --org --apply --state FILE`: an append-only journal of the posts this org already holds,
 * one JSON line each, written after the org confirmed the post (created, or found there) and
 * fsync'd before the next line. It holds ids and keys, never a token or a payload.
 *
 *   {"state":"intake --org","version":1,"org":"https://contoso.crm.dynamics.com"}
 *   {"post":"1|example.com/p/1","index":0,"action":"create","socialactivity":"…","socialprofile":"…","contact":"…"}
 *
 * What it is for: a run started again skips the posts it names without asking the org (one file
 * read instead of two reads per post). What it is not: the guarantee against posting twice. That
 * is the re-read before each write (applyPost.ts): a run killed between the org's answer and the
 * line, or while writing the line, leaves a post without its line; started again, the run plans
 * that post, finds its activity by post URL and reuses it. A torn last line is ignored for the
 * same reason.
 */

export const STATE_HEADER = "intake --org";
const VERSION = 1;

export interface StateLine {
  /** The post's key: its community and post URL key (postUrl.ts). */
  post: string;
  /** Its place in the input, for people reading the file. */
  index: number;
  action: "create" | "reuse";
  socialactivity: string;
  socialprofile: string | null;
  contact: string | null;
}

export class IntakeState {
  private constructor(
    private readonly fd: number,
    readonly done: ReadonlySet<string>,
  ) {}

  /** Opens (or starts) the journal of `org`; refuses one written for another org. */
  static open(file: string, org: string): IntakeState {
    const fd = openSync(file, "a+");
    const text = readAll(fd);
    const lines = text.split("\n");
    const done = new Set<string>();
    if (text.trim() === "") {
      append(fd, { state: STATE_HEADER, version: VERSION, org });
    } else {
      const header = parse(lines[0]) as { state?: string; org?: string } | undefined;
      if (header?.state !== STATE_HEADER)
        throw new UsageError(`${file} is not an intake state file (its first line should name "${STATE_HEADER}").`);
      if (header.org !== org) throw new UsageError(`${file} records posts of ${header.org}, not ${org}: give another --state file.`);
      for (const line of lines.slice(1)) {
        const entry = parse(line) as Partial<StateLine> | undefined;
        // A line cut short by a crash reads as nothing: that post is re-read and reused.
        if (typeof entry?.post === "string") done.add(entry.post);
      }
      // After a torn line the next one starts on a line of its own.
      if (!text.endsWith("\n")) writeSync(fd, "\n");
    }
    return new IntakeState(fd, done);
  }

  has(postKey: string): boolean {
    return this.done.has(postKey);
  }

  record(line: StateLine): void {
    append(this.fd, line);
    (this.done as Set<string>).add(line.post);
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** One line, on disk before this returns (fsync): a post is never journaled and then lost. */
function append(fd: number, value: unknown): void {
  writeSync(fd, `${JSON.stringify(value)}\n`);
  fsyncSync(fd);
}

function readAll(fd: number): string {
  const size = fstatSync(fd).size;
  const buffer = Buffer.alloc(size);
  let read = 0;
  while (read < size) read += readSync(fd, buffer, read, size - read, read);
  return buffer.toString("utf8");
}

function parse(line: string | undefined): unknown {
  try {
    return line ? JSON.parse(line) : undefined;
  } catch {
    return undefined;
  }
}

/** For tests: the journal's post lines. */
export function readStateLines(file: string): StateLine[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .slice(1)
    .map(parse)
    .filter((entry): entry is StateLine => typeof (entry as StateLine | undefined)?.post === "string");
}
