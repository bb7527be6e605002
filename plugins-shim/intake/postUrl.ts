/**
 * One form of a post's URL, used both to look a post up and to store it, so the same post is
 * found again whatever spaces, trailing slash or letter case of scheme and host the feed sends.
 * The path, query and fragment keep their case: post ids are case-sensitive on some networks
 * (YouTube's v=dQw4w9WgXcQ, Instagram's /p/CaSe/), so two ids differing in case are two posts.
 */
export function normalizePostUrl(value: string): string {
  const url = new URL(value.trim()); // lowercases scheme and host, drops a default port
  let end = url.pathname.length;
  while (end > 0 && url.pathname[end - 1] === "/") end -= 1;
  return `${url.protocol}//${url.host}${url.pathname.slice(0, end)}${url.search}${url.hash}`;
}

/** The same post: compared exactly, as Dataverse's case-insensitive `eq` can't tell case-variant ids apart. */
export const samePostUrl = (stored: unknown, normalized: string): boolean =>
  typeof stored === "string" && stored === normalized;
