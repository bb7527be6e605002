import type { LiveValue } from "./liveValue";

/**
 * The community pictures (brand marks and neutral icons), loaded at runtime from the controls'
 * image resource (`<img path="../common/img/communityMarks.svg"/>` in each manifest) instead of
 * being bundled: the path data is most of a kilobyte per mark.
 *
 * What a host hands back from `context.resources.getResource(id, success, failure)`:
 * - PCF reference, "getResource": success receives the resource "in base 64 encoded format";
 *   failure when it cannot be had.
 * - Microsoft's harness, pcf-start 1.51.1 (node_modules/pcf-start/harness.js): `getResource(e,t,r)`
 *   picks the first manifest resource whose name ends with `e`, calls failure when none does, and
 *   otherwise `actions.getResource(resource)`, which is `function(e){return Promise.resolve()}`:
 *   success is called with no content at all.
 * Both are handled: base64 is decoded as UTF-8 and parsed; no content, bad base64 or a file that is
 * not the sprite mean "unavailable", and the icon shows the neutral chat glyph (never a crash).
 */

/** The resource id: the sprite's file name (pcf-scripts flattens `../common/img/` into the control folder). */
export const COMMUNITY_MARKS_RESOURCE = "communityMarks.svg";

/** One picture: its path on its view box (simple-icons' 0 0 24 24, Fluent's 0 0 20 20), and its colour. */
export interface MarkShape {
  path: string;
  viewBox: string;
  /** "#RRGGBB", or undefined for pictures that follow the text colour (neutral icons, X, Apple). */
  color: string | undefined;
}

export type CommunityMarksState =
  { status: "loading" } | { status: "ready"; marks: ReadonlyMap<string, MarkShape> } | { status: "unavailable" };

/** The page's marks: their state now (`get`), and a way to hear when it changes (once, from loading). */
export type CommunityMarks = LiveValue<CommunityMarksState>;

/** `context.resources` as far as the marks need it; hosts without `getResource` exist (canvas apps). */
export type MarkResources = Partial<Pick<ComponentFramework.Resources, "getResource">> | undefined;

const LOADING: CommunityMarksState = { status: "loading" };
const UNAVAILABLE: CommunityMarksState = { status: "unavailable" };

/** Marks that never load: the view without a host, or a host that cannot give resources. */
export const NO_COMMUNITY_MARKS: CommunityMarks = { get: () => UNAVAILABLE, subscribe: () => () => undefined };

/** Path data only (commands, numbers, separators): anything else is not a picture. */
const PATH_DATA = /^[MmZzLlHhVvCcSsQqTtAa0-9eE.,+\-\s]+$/;
const COLOR = /^#[0-9A-Fa-f]{6}$/;
/** Four numbers: min-x, min-y, width, height. */
const VIEW_BOX = /^-?[\d.]+(\s+-?[\d.]+){3}$/;

function decodeBase64Utf8(content: string): string {
  // atob gives one character per byte.
  const bytes = Uint8Array.from(atob(content.replace(/\s+/g, "")), (byte) => byte.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

/**
 * The pictures in a base64 sprite, by symbol id; undefined when the content is missing, not base64,
 * not UTF-8, not SVG, or holds no picture. DOMParser parses markup without running anything in it,
 * and only the `viewBox`, `d` and `fill` attributes are read, each checked.
 */
export function parseCommunityMarks(content: unknown): ReadonlyMap<string, MarkShape> | undefined {
  if (typeof content !== "string" || content.trim() === "") return undefined;
  let text: string;
  try {
    text = decodeBase64Utf8(content);
  } catch {
    return undefined;
  }
  const document = new DOMParser().parseFromString(text, "image/svg+xml");
  if (document.getElementsByTagName("parsererror").length > 0 || document.documentElement.localName !== "svg") return undefined;
  const marks = new Map<string, MarkShape>();
  for (const symbol of Array.from(document.getElementsByTagName("symbol"))) {
    const path = symbol.getElementsByTagName("path")[0];
    const d = path?.getAttribute("d") ?? "";
    const fill = path?.getAttribute("fill") ?? "";
    const viewBox = symbol.getAttribute("viewBox") ?? "";
    if (!symbol.id || !PATH_DATA.test(d) || !VIEW_BOX.test(viewBox)) continue;
    marks.set(symbol.id, { path: d, viewBox, color: COLOR.test(fill) ? fill : undefined });
  }
  return marks.size > 0 ? marks : undefined;
}

/** One request to the host; the first answer settles the state for good. */
export function requestCommunityMarks(resources: MarkResources): CommunityMarks {
  if (typeof resources?.getResource !== "function") return NO_COMMUNITY_MARKS;
  let current = LOADING;
  const listeners = new Set<() => void>();
  const settle = (next: CommunityMarksState): void => {
    if (current !== LOADING) return;
    current = next;
    for (const listener of [...listeners]) listener();
    listeners.clear();
  };
  try {
    resources.getResource(
      COMMUNITY_MARKS_RESOURCE,
      (content) => {
        const marks = parseCommunityMarks(content);
        settle(marks ? { status: "ready", marks } : UNAVAILABLE);
      },
      () => settle(UNAVAILABLE),
    );
  } catch {
    settle(UNAVAILABLE);
  }
  return {
    get: () => current,
    subscribe: (listener) => {
      if (current !== LOADING) return () => undefined;
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Requests one page makes at most: the first, and retries after answers without pictures. */
export const MAX_MARKS_REQUESTS = 3;

/**
 * A page-wide cache: the first control instance asks the host, every later one (each card on a
 * form, the gallery's cards) shares that request and its answer. Model-driven apps keep the page
 * for the whole session, so an answer without pictures (a network fault) is not kept for good: the
 * next control instance (the next form opened) asks again, up to MAX_MARKS_REQUESTS in all.
 */
export function createCommunityMarksCache(): (resources: MarkResources) => CommunityMarks {
  let shared: CommunityMarks | undefined;
  let requests = 0;
  return (resources) => {
    if (!shared || (shared.get().status === "unavailable" && requests < MAX_MARKS_REQUESTS)) {
      requests += 1;
      shared = requestCommunityMarks(resources);
    }
    return shared;
  };
}

/** The marks of this page (one bundle = one module scope = one request). */
export const communityMarksFor = createCommunityMarksCache();
