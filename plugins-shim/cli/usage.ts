import { formatErrorCode } from "../client/errors";
/** Exit codes shared by the commands: 0 all valid, 1 something invalid, 2 usage or unreadable input. */
export const ExitCode = { Valid: 0, Invalid: 1, Usage: 2 } as const;

/** `--help` or `-h` anywhere on the command line asks for the usage (stdout, exit 0). */
export const isHelp = (arg: string): boolean => arg === "--help" || arg === "-h";

/** A usage or input error: one line on stderr, exit code 2. */
export class UsageError extends Error {}

/**
 * A sentence for anything thrown: an Error's message, a `{ errorCode, message }` rejection's
 * message and code, never "[object Object]" and never a stack.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null) {
    const { message, errorCode } = error as { message?: unknown; errorCode?: unknown };
    const code = typeof errorCode === "number" ? ` (error ${formatErrorCode(errorCode)})` : "";
    if (typeof message === "string") return `${message}${code}`;
    try {
      return `Unexpected failure: ${JSON.stringify(error)}`;
    } catch {
      return "Unexpected failure.";
    }
  }
  return String(error);
}

/**
 * One line on stderr and exit code 2. Node exits once stdout is flushed: process.exit() here
 * would cut the entries `validate` wrote before a break when stdout is a pipe or socket.
 */
export function reportAndExit(error: unknown): void {
  process.stderr.write(`${describeFailure(error).replace(/\s+/g, " ").trim()}\n`);
  process.exitCode = ExitCode.Usage;
}
