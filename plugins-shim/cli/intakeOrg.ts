import { appendFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { connect, DataverseRequestError, SERVICE_PROTECTION_LIMITS, SignInError } from "../../dataverse-node";
import { abortableSleep, classifyError } from "../client";
import { parseSocialPost, postUrlKey, SocialPost } from "../intake";
import { createClientOrganizationService } from "../pipeline/clientOrganizationService";
import { applyPost, Applied } from "./applyPost";
import { IntakeOrgFlags, parseIntakeOrgFlags } from "./intakeFlags";
import { IntakeState } from "./intakeState";
import { createKeyedLocks } from "./keyedLocks";
import { createDescriber, PrintedDiagnostic } from "./messages";
import { JsonRecord } from "./jsonRecords";
import type { OrgTableIo } from "./orgTable";
import { planEntry, PlanMemory } from "./planEntry";
import { progressLine, ProgressCounts } from "./progress";
import { inputName, readBytes, STDIN } from "./readBytes";
import { breakMessage, readJsonChunks, readingDiagnostics } from "./readJson";
import { describeFailure, ExitCode, UsageError } from "./usage";

/**
 * `intake <posts.json> --org URL [--apply …]` (flags: intakeFlags.ts): the posts of a file (one
 * payload or an array of them), streamed with the reader `validate` uses, against an org.
 * - without --apply, the plan: per post, in input order, what intake would create or reuse and
 *   why (planEntry.ts). Reads only.
 * - with --apply, each post written as one change set (applyPost.ts), posts in flight bounded by
 *   --concurrency (default 4, at most the 52 concurrent requests the service protection limits
 *   allow), posts sharing an author or a post URL one after another (keyedLocks.ts); the journal
 *   (--state, intakeState.ts), failed posts with their reason (--failed, one JSON line each), and a
 *   stop after more than --max-errors failures. Progress on stderr unless --quiet; a summary on stdout.
 *
 * A break in the input loses nothing before it: every post that ends before the break is planned
 * or written (the reader hands them over first), then the break is reported (exit 2).
 */

export interface IntakeOrgIo extends OrgTableIo {
  out: Writable;
  /** Waits between throttled attempts (tests pass one that does not wait). */
  sleep?: (ms: number) => Promise<void>;
  progressEveryMs?: number;
  /** Test hook, an injected crash point: runs after the org confirmed a post, before its journal line. */
  beforeJournal?: (index: number) => void;
}

/** One post is kept in an 8,192-character column; a 1 MiB cap per record, as the dry run reads one payload. */
const MAX_POST_CHARACTERS = 1024 * 1024;
/** How long a client retry may pause for a Retry-After: the service protection window, 5 minutes. */
const LONGEST_RETRY_AFTER_MS = SERVICE_PROTECTION_LIMITS.windowSeconds * 1000;

interface Failure {
  index: number;
  posturl?: string;
  reason: string;
  diagnostics?: PrintedDiagnostic[];
  payload: unknown;
}

export async function runIntakeOrg(args: readonly string[], io: IntakeOrgIo): Promise<number> {
  const flags = parseIntakeOrgFlags(args);
  const describe = createDescriber();
  const note = flags.quiet ? () => undefined : io.note;
  const { client, org } = connect({
    org: flags.org.org === true ? undefined : flags.org.org,
    env: io.env,
    signIn: flags.org.signIn,
    prompt: io.note,
    log: note,
    concurrency: flags.concurrency,
    ...io.connection,
    // A bulk run waits out a long Retry-After instead of failing (the controls keep the 30 s default).
    retry: { maxDelayMs: LONGEST_RETRY_AFTER_MS, ...io.connection?.retry },
  });
  const service = createClientOrganizationService(client);
  const write = async (text: string) => {
    if (!io.out.write(text)) await once(io.out, "drain");
  };

  /** A post from the input, or why it is not one. */
  const postOf = (record: JsonRecord): { post: SocialPost } | { diagnostics: PrintedDiagnostic[] } => {
    const unread = readingDiagnostics(record, MAX_POST_CHARACTERS);
    if (unread.length > 0) return { diagnostics: unread.map(describe) };
    const parsed = parseSocialPost(record.value);
    return parsed.ok ? { post: parsed.post } : { diagnostics: parsed.diagnostics.map(describe) };
  };

  const { chunks, shareRead } = await countedInput(flags.file);
  if (!flags.apply) {
    const memory: PlanMemory = new Map();
    let written = 0;
    let allValid = true;
    await write("[");
    let broken;
    try {
      broken = await readJsonChunks(
        inputName(flags.file),
        chunks,
        { arrayHoldsRecords: true, maxRecordCharacters: MAX_POST_CHARACTERS },
        async (record) => {
          const read = postOf(record);
          const entry =
            "post" in read
              ? await planEntry(service, read.post, record.index, memory)
              : { index: record.index, valid: false, diagnostics: read.diagnostics };
          allValid &&= entry.valid;
          await write(`${written === 0 ? "\n" : ",\n"}${JSON.stringify(entry)}`);
          written += 1;
        },
      );
    } finally {
      await write(written === 0 ? "]\n" : "\n]\n");
    }
    if (broken) throw new UsageError(breakMessage(inputName(flags.file), broken, true));
    return allValid ? ExitCode.Valid : ExitCode.Invalid;
  }
  return applyAll(flags, io, { service, client, org: org.origin, chunks, shareRead, postOf, note, write });
}

interface ApplyContext {
  service: ReturnType<typeof createClientOrganizationService>;
  client: Parameters<typeof applyPost>[1]["client"];
  org: string;
  chunks: AsyncIterable<Uint8Array>;
  shareRead: () => number | undefined;
  postOf: (record: JsonRecord) => { post: SocialPost } | { diagnostics: PrintedDiagnostic[] };
  note: (line: string) => void;
  write: (text: string) => Promise<void>;
}

/** Thrown from the reader's callback to stop reading (max errors passed, or a fatal failure). */
class StopReading extends Error {}

async function applyAll(flags: IntakeOrgFlags, io: IntakeOrgIo, context: ApplyContext): Promise<number> {
  const state = flags.state ? IntakeState.open(flags.state, context.org) : undefined;
  const counts: ProgressCounts = { done: 0, created: 0, reused: 0, skipped: 0, failed: 0 };
  const concurrency = flags.concurrency ?? 4;
  const locks = createKeyedLocks();
  const running = new Set<Promise<void>>();
  const started = Date.now();
  let fatal: unknown;
  let stopped = false;

  const fail = (failure: Failure) => {
    counts.failed += 1;
    counts.done += 1;
    if (flags.failed) appendFileSync(flags.failed, `${JSON.stringify(failure)}\n`);
    if (flags.maxErrors !== undefined && counts.failed > flags.maxErrors) stopped = true;
  };
  const finish = (postKey: string, index: number, applied: Applied) => {
    io.beforeJournal?.(index);
    state?.record({
      post: postKey,
      index,
      action: applied.action,
      socialactivity: applied.socialactivity,
      socialprofile: applied.socialprofile,
      contact: applied.contact,
    });
    counts.done += 1;
    counts[applied.action === "create" ? "created" : "reused"] += 1;
  };

  const one = async (record: JsonRecord, post: SocialPost, postKey: string): Promise<void> => {
    const authorKey = `author|${post.author.community}|${post.author.handle.toLowerCase()}`;
    try {
      const applied = await locks([postKey, authorKey], () =>
        applyPost(post, {
          service: context.service,
          client: context.client,
          sleep: io.sleep ?? ((ms) => abortableSleep(ms)),
          log: context.note,
        }),
      );
      finish(postKey, record.index, applied);
    } catch (reason) {
      // Not the post's fault: every post after it would fail the same way.
      if (
        reason instanceof SignInError ||
        (reason instanceof DataverseRequestError && reason.status === 401) ||
        fatal !== undefined ||
        isCrash(reason)
      ) {
        fatal ??= reason;
        return;
      }
      fail({ index: record.index, posturl: post.posturl, reason: failureText(reason), payload: record.value });
    }
  };

  const timer = flags.quiet
    ? undefined
    : setInterval(() => context.note(progressLine(counts, Date.now() - started, context.shareRead())), io.progressEveryMs ?? 2000);
  timer?.unref();
  let broken;
  try {
    broken = await readJsonChunks(
      inputName(flags.file),
      context.chunks,
      { arrayHoldsRecords: true, maxRecordCharacters: MAX_POST_CHARACTERS },
      async (record) => {
        if (stopped || fatal !== undefined) throw new StopReading();
        const read = context.postOf(record);
        if (!("post" in read)) {
          fail({
            index: record.index,
            reason: "The payload is not a valid social post.",
            diagnostics: read.diagnostics,
            payload: record.value,
          });
          return;
        }
        const postKey = `${read.post.community}|${postUrlKey(read.post.posturl)}`;
        if (state?.has(postKey)) {
          counts.skipped += 1;
          counts.done += 1;
          return;
        }
        // Reading waits while the posts in flight fill every place: memory stays flat.
        while (running.size >= concurrency) await Promise.race(running);
        const task: Promise<void> = one(record, read.post, postKey).finally(() => running.delete(task));
        running.add(task);
      },
    );
  } catch (reason) {
    if (!(reason instanceof StopReading)) throw reason;
  } finally {
    await Promise.all(running);
    if (timer) clearInterval(timer);
    state?.close();
  }
  if (fatal !== undefined) throw fatal;
  const summary = { ...counts, stoppedAfterMaxErrors: stopped, seconds: Math.round((Date.now() - started) / 100) / 10 };
  await context.write(`${JSON.stringify(summary)}\n`);
  if (broken) throw new UsageError(breakMessage(inputName(flags.file), broken, true));
  return counts.failed > 0 || stopped ? ExitCode.Invalid : ExitCode.Valid;
}

/** The input's bytes, counting what was read for the estimate of time left (a file's size is known). */
async function countedInput(file: string): Promise<{ chunks: AsyncIterable<Uint8Array>; shareRead: () => number | undefined }> {
  const size =
    file === STDIN
      ? undefined
      : await stat(file).then(
          (stats) => (stats.isFile() ? stats.size : undefined),
          () => undefined,
        );
  let read = 0;
  async function* chunks() {
    for await (const chunk of readBytes(file)) {
      read += chunk.length;
      yield chunk;
    }
  }
  return { chunks: chunks(), shareRead: () => (size ? read / size : undefined) };
}

function failureText(reason: unknown): string {
  const error = classifyError(reason);
  return `${describeFailure(reason)} [${error.kind}, ${error.supportCode}]`;
}

/** The injected crash of tests (beforeJournal throwing) ends the run like a kill: nothing more is written. */
const isCrash = (reason: unknown): boolean => reason instanceof Error && reason.name === "InjectedCrash";
