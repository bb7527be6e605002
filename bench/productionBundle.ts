import { build } from "esbuild";

/**
 * A benchmark page as one script: minified, React's production build (timings of a development
 * build mean nothing), nothing written to disk.
 */
export async function bundleProductionPage(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
  });
  return result.outputFiles[0].text;
}
