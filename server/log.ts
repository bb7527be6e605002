/**
 * Structured logs: one JSON object a line. Callers pass fields they chose; nothing here reads a
 * request's headers or query, where the webhook key travels, so a key can't reach a log.
 */
export type LogFields = Readonly<Record<string, unknown>>;
export type Log = (level: "info" | "warn" | "error", message: string, fields?: LogFields) => void;

export const jsonLog =
  (write: (line: string) => void = (line) => process.stdout.write(line)): Log =>
  (level, message, fields = {}) =>
    write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`);

export const silentLog: Log = () => undefined;
