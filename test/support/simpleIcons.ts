import * as simpleIcons from "simple-icons";

/**
 * A simple-icons mark by slug, as the installed package ships it: what the sprite's brand marks
 * must draw (tests only — the bundles read the generated sprite, never the package).
 */
export function simpleIcon(slug: string): { path: string; hex: string } {
  const icon = Object.values(simpleIcons as unknown as Record<string, { slug: string; path: string; hex: string }>).find(
    (candidate) => candidate?.slug === slug,
  );
  if (!icon) throw new Error(`simple-icons has no icon "${slug}"`);
  return icon;
}
