/**
 * The one set of esbuild options of this project. Everything bundled with esbuild for a browser —
 * the form-script web resource (shipped), the playground, the benchmark pages, the size estimates,
 * the preview renderers and the tests that bundle a control — starts from BROWSER_BUILD_OPTIONS and
 * adds only what its call site is about (entry, output, plugins, externals). No esbuild call site
 * builds for Node: Node code runs through tsx, so there is no Node variant to share.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { BuildOptions } from "esbuild";

const CONTROLS_DIR = path.resolve(__dirname, "../controls");

/**
 * The browsers model-driven apps support, as each control folder's pcfconfig.json gives them to
 * pcf-scripts' babel (`"targets": { "chrome": "109", … }`), in esbuild's spelling (`chrome109`):
 * one list for what webpack and esbuild emit. The control folders must agree; a folder that
 * differs is named, since a bundle built for other browsers would differ from its siblings.
 */
export function browserTargetsOf(controlsDir: string): string[] {
  const configs = readdirSync(controlsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(controlsDir, entry.name, "pcfconfig.json")))
    .map((entry) => path.join(controlsDir, entry.name, "pcfconfig.json"));
  if (!configs.length) throw new Error(`${controlsDir} has no control folder with a pcfconfig.json`);
  const listed = configs.map((file) => {
    const targets = (JSON.parse(readFileSync(file, "utf8")) as { targets?: Record<string, string> }).targets;
    if (!targets || !Object.keys(targets).length) throw new Error(`${file} sets no babel "targets"`);
    return {
      file,
      targets: Object.entries(targets)
        .map(([browser, version]) => `${browser}${version}`)
        .sort(),
    };
  });
  const [first] = listed;
  const differing = listed.filter((config) => config.targets.join() !== first.targets.join());
  if (differing.length) {
    throw new Error(
      `pcfconfig.json targets differ: ${first.file} has ${first.targets.join(", ")}; ${differing.map((config) => `${config.file} has ${config.targets.join(", ")}`).join("; ")}`,
    );
  }
  return first.targets;
}

export const BROWSER_TARGETS: readonly string[] = browserTargetsOf(CONTROLS_DIR);

/**
 * The platform libraries the controls declare (`<platform-library>`): the host provides them and
 * pcf-scripts leaves them out of every bundle, so a build that stands for a control's bundle marks
 * them external.
 */
export const PLATFORM_LIBRARIES: string[] = ["react", "react-dom", "@fluentui/react-components"];

/**
 * One minified IIFE for a browser, as pcf-scripts' production build makes a control's bundle:
 * React's production build (`NODE_ENV`), licence comments out of the script (webpack extracts them
 * to bundle.js.LICENSE.txt beside it), UTF-8 text kept as is rather than escaped.
 */
export const BROWSER_BUILD_OPTIONS = {
  bundle: true,
  minify: true,
  format: "iife",
  platform: "browser",
  target: [...BROWSER_TARGETS],
  legalComments: "none",
  charset: "utf8",
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
} satisfies BuildOptions;
