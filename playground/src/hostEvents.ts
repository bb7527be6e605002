/** What the fake host saw the controls do (outputs, navigation), shown in the side panel. */
export type LogListener = (entries: readonly string[]) => void;

const MAX_ENTRIES = 30;
let entries: readonly string[] = [];
const listeners = new Set<LogListener>();

export function logEvent(entry: string): void {
  entries = [entry, ...entries].slice(0, MAX_ENTRIES);
  listeners.forEach((listener) => listener(entries));
}

export function subscribeLog(listener: LogListener): () => void {
  listeners.add(listener);
  listener(entries);
  return () => listeners.delete(listener);
}
