/** Exit codes shared by the commands: 0 all valid, 1 something invalid, 2 usage or unreadable input. */
export const ExitCode = { Valid: 0, Invalid: 1, Usage: 2 } as const;

/** A usage or input error: one line on stderr, exit code 2. */
export class UsageError extends Error {}

export function reportAndExit(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${message.replace(/\s+/g, " ").trim()}\n`);
  process.exit(ExitCode.Usage);
}
