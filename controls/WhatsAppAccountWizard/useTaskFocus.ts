import * as React from "react";

/**
 * Keeps keyboard focus in the control across a piece of Dataverse work.
 *
 * The button (or field) that starts the work is disabled while it runs, and a focused element
 * that becomes disabled loses focus to <body> (HTML's focus fixup rule; Chromium applies it as
 * soon as the attribute is set), as does a Cancel button that disappears when the work ends. So:
 * when work starts while focus is in the control (or already lost), focus moves to Cancel; when
 * it ends with focus lost, it goes back to the element that last had focus before the work, if
 * that is still there and enabled. A view that replaces it (a new step) moves focus itself.
 */
export function useTaskFocus(busy: boolean) {
  const statusRef = React.useRef<HTMLDivElement>(null);
  const cancelRef = React.useRef<HTMLButtonElement>(null);
  /** The element in the control that last had focus outside the task's own buttons. */
  const lastFocused = React.useRef<HTMLElement | null>(null);
  const startedFrom = React.useRef<HTMLElement | null>(null);
  const wasBusy = React.useRef(busy);

  React.useEffect(() => {
    const root = statusRef.current?.closest("section");
    if (!root) return undefined;
    const remember = (event: FocusEvent) => {
      const target = event.target as HTMLElement;
      if (!statusRef.current?.contains(target)) lastFocused.current = target;
    };
    // Focus moved on to another element of the form: the control no longer has it to keep.
    const forget = (event: FocusEvent) => {
      const next = event.relatedTarget as Node | null;
      if (next && !root.contains(next)) lastFocused.current = null;
    };
    root.addEventListener("focusin", remember);
    root.addEventListener("focusout", forget);
    return () => {
      root.removeEventListener("focusin", remember);
      root.removeEventListener("focusout", forget);
    };
  }, []);

  React.useLayoutEffect(() => {
    if (busy === wasBusy.current) return;
    wasBusy.current = busy;
    const active = document.activeElement as HTMLElement | null;
    const root = statusRef.current?.closest("section") ?? null;
    const lost = !active || active === document.body;
    if (busy) {
      // Focus is elsewhere on the form, or the control never had it (a load when the form opens):
      // leave it where it is.
      if (lost ? !lastFocused.current : !root?.contains(active)) return;
      startedFrom.current = lastFocused.current;
      cancelRef.current?.focus();
      return;
    }
    const back = startedFrom.current;
    startedFrom.current = null;
    if (lost && back && back.isConnected && !(back as HTMLButtonElement).disabled) back.focus();
  }, [busy]);

  return { statusRef, cancelRef };
}
