import { build } from "esbuild";
import { BROWSER_BUILD_OPTIONS } from "../scripts/esbuildOptions";

/**
 * A benchmark page as one script: minified, React's production build (timings of a development
 * build mean nothing), nothing written to disk.
 */
export async function bundleProductionPage(entry: string): Promise<string> {
  const result = await build({
    ...BROWSER_BUILD_OPTIONS,
    entryPoints: [entry],
    write: false,
  });
  return result.outputFiles[0].text;
}
