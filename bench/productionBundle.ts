import { build, BuildOptions } from "esbuild";

/** Minified, browser, React's production build: what every benchmark and size estimate bundles with. */
export const PRODUCTION_BUILD_OPTIONS = {
  bundle: true,
  minify: true,
  format: "iife" as const,
  platform: "browser" as const,
  target: "es2020",
  write: false,
  define: { "process.env.NODE_ENV": '"production"' },
} satisfies BuildOptions;

/**
 * A benchmark page as one script: minified, React's production build (timings of a development
 * build mean nothing), nothing written to disk.
 */
export async function bundleProductionPage(entry: string): Promise<string> {
  const result = await build({
    ...PRODUCTION_BUILD_OPTIONS,
    entryPoints: [entry],
    logLevel: "warning",
  });
  return result.outputFiles[0].text;
}
