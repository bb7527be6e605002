/**
 * Selection as the agent makes it with mouse and keyboard: click selects one, Ctrl/⌘+click or
 * Space toggles, Shift+click extends from the anchor. The host keeps the truth
 * (setSelectedRecordIds); these functions only compute the next list.
 */
export type SelectGesture = "replace" | "toggle" | "range";

export function nextSelection(
  current: readonly string[],
  ids: readonly string[],
  anchor: string | undefined,
  target: string,
  gesture: SelectGesture,
): string[] {
  if (gesture === "toggle") return current.includes(target) ? current.filter((id) => id !== target) : [...current, target];
  if (gesture === "range" && anchor !== undefined) {
    const from = ids.indexOf(anchor);
    const to = ids.indexOf(target);
    if (from >= 0 && to >= 0) return ids.slice(Math.min(from, to), Math.max(from, to) + 1);
  }
  return [target];
}

export const gestureOf = (event: { ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): SelectGesture =>
  event.shiftKey ? "range" : event.ctrlKey || event.metaKey ? "toggle" : "replace";
