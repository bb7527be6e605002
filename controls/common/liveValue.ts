import * as React from "react";

/**
 * A value that changes outside React, read by a view when it renders and watched while it is
 * mounted: the page's community marks (communityMarks.ts) and the gallery's opt-out outcome
 * (GalleryViewProps.ts says why it can't wait for the next updateView).
 */
export interface LiveValue<T> {
  get(): T;
  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** The current value of `live`, rendering again whenever it changes (also between the host's updateViews). */
export function useLiveValue<T>(live: LiveValue<T>): T {
  const [, rerender] = React.useReducer((count: number) => count + 1, 0);
  const value = live.get();
  React.useEffect(() => {
    const unsubscribe = live.subscribe(rerender);
    // Changed between this render and the subscription: render again now (the listener came too late).
    if (live.get() !== value) rerender();
    return unsubscribe;
  }, [live, value]);
  return value;
}
