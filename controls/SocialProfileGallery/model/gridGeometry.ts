/**
 * Card grid arithmetic, host- and DOM-free: how many cards fit across, which grid row holds a
 * card, and where a navigation key moves focus (WAI-ARIA grid pattern, RTL-aware).
 */
export const MIN_CARD_WIDTH = 260;
export const CARD_GAP = 12;

/** Columns that fit in `width` pixels (at least one; one when the width is unknown). */
export function columnsFor(width: number | undefined): number {
  if (width == null || !Number.isFinite(width) || width <= 0) return 1;
  return Math.max(1, Math.floor((width + CARD_GAP) / (MIN_CARD_WIDTH + CARD_GAP)));
}

export const rowCountFor = (cards: number, columns: number): number => Math.ceil(cards / columns);

export type NavigationKey = "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown" | "Home" | "End" | "PageUp" | "PageDown";

export const isNavigationKey = (key: string): key is NavigationKey =>
  ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "PageUp", "PageDown"].includes(key);

export interface Move {
  key: NavigationKey;
  ctrl: boolean;
  rtl: boolean;
}

/**
 * The card index focus moves to. Left/Right follow reading order (mirrored in RTL), Up/Down
 * move a row, Home/End go to the row's ends (with Ctrl: the first / last loaded card),
 * PageUp/PageDown move by the rows that fit in the viewport.
 */
export function moveFocus(index: number, count: number, columns: number, rowsPerPage: number, move: Move): number {
  if (count === 0) return -1;
  const last = count - 1;
  const column = index % columns;
  const rowStart = index - column;
  const forward = move.rtl ? "ArrowLeft" : "ArrowRight";
  let next: number;
  switch (move.key) {
    case "ArrowLeft":
    case "ArrowRight":
      next = move.key === forward ? index + 1 : index - 1;
      break;
    case "ArrowUp":
      next = index - columns >= 0 ? index - columns : index;
      break;
    case "ArrowDown":
      // On the last, partly filled row there may be no card straight below: go to the last card.
      next = index + columns <= last ? index + columns : rowStart + columns <= last ? last : index;
      break;
    case "Home":
      next = move.ctrl ? 0 : rowStart;
      break;
    case "End":
      next = move.ctrl ? last : Math.min(rowStart + columns - 1, last);
      break;
    case "PageUp":
      next = Math.max(index - columns * Math.max(1, rowsPerPage), column);
      break;
    case "PageDown": {
      const target = index + columns * Math.max(1, rowsPerPage);
      next = target <= last ? target : last;
      break;
    }
  }
  return Math.min(Math.max(next, 0), last);
}
