/**
 * Builds the ownership library's packaged script (controls/SocialProfileOwnership): one IIFE that
 * sets the global `SocialChannelOwnership`, with React and Fluent UI left out and read from the
 * same globals pcf-scripts maps them to in every control's bundle (webpack externals from
 * pcf-scripts' PlatformLibraryVersions.json: React 16.14 → `Reactv16`, Fluent 9 → `FluentUIReactv940`).
 * The library component's manifest lists the output path, so this runs before pcf-scripts.
 */
import { mkdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { build, Plugin } from "esbuild";
import { declaredPlatformLibraries } from "./platformLibraries";

const root = path.resolve(__dirname, "..");
export const OWNERSHIP_LIBRARY_ENTRY = path.join(root, "controls", "SocialProfileOwnership", "library", "index.ts");
const OWNERSHIP_LIBRARY_MANIFEST = path.join(root, "controls", "SocialProfileOwnership", "ControlManifest.Input.xml");
/** What the library manifest's `<packaged_library path>` points at. */
export const OWNERSHIP_LIBRARY_OUTPUT = path.join(root, "out", "library", "socialChannelOwnership.js");

interface PlatformLibraryVersion {
  minVersion: string;
  maxVersion: string;
  libAlias: string;
}


// Not solution/version.ts's compareVersions: pcf-scripts' table writes one-part versions ("18"),
// which a solution version refuses.
const numbers = (version: string): number[] => version.split(".").map(Number);
const compare = (a: string, b: string): number => {
  const [x, y] = [numbers(a), numbers(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

/** pcf-scripts' alias for a declared platform library version (its PlatformLibrariesHandler's `>=min <=max` rule). */
export function platformGlobal(library: "react" | "fluent", declaredVersion: string): string {
  const table = JSON.parse(readFileSync(path.join(root, "node_modules", "pcf-scripts", "PlatformLibraryVersions.json"), "utf8")) as Record<string, PlatformLibraryVersion[]>;
  const match = table[library]?.find((entry) => compare(declaredVersion, entry.minVersion) >= 0 && compare(declaredVersion, entry.maxVersion) <= 0);
  if (!match) throw new Error(`pcf-scripts has no platform library ${library} ${declaredVersion}`);
  return match.libAlias;
}

/** React and Fluent (and their sub-paths, as pcf-scripts' externals match them) resolve to the platform's globals. */
function platformGlobals(globals: Record<string, string>): Plugin {
  return {
    name: "platform-globals",
    setup(esbuild) {
      // pcf-scripts externalizes `react` itself and `@fluentui/react-components` with its sub-paths.
      esbuild.onResolve({ filter: /^(react|@fluentui\/react-components(\/.*)?)$/ }, (args) => ({
        path: args.path.startsWith("react") ? "react" : "@fluentui/react-components",
        namespace: "platform-global",
      }));
      esbuild.onLoad({ filter: /.*/, namespace: "platform-global" }, (args) => {
        const name = globals[args.path];
        if (!name) return { errors: [{ text: `${args.path} is no platform library` }] };
        return { contents: `module.exports = globalThis[${JSON.stringify(name)}];`, loader: "js" };
      });
    },
  };
}

/** The globals of the platform libraries the library component's manifest declares (one place for the versions). */
function declaredGlobals(): Record<string, string> {
  const declared = declaredPlatformLibraries(readFileSync(OWNERSHIP_LIBRARY_MANIFEST, "utf8"));
  const version = (name: string): string => {
    const library = declared.find((entry) => entry.name === name);
    if (!library) throw new Error(`${OWNERSHIP_LIBRARY_MANIFEST} declares no ${name} platform library`);
    return library.version;
  };
  return { react: platformGlobal("react", version("React")), "@fluentui/react-components": platformGlobal("fluent", version("Fluent")) };
}

export interface LibraryBuild {
  file: string;
  bytes: number;
}

/** The browsers model-driven apps support, as every control's pcfconfig.json targets them. */
const TARGETS = ["chrome109", "edge109", "firefox115", "safari16"];

export async function buildOwnershipLibrary(outfile = OWNERSHIP_LIBRARY_OUTPUT): Promise<LibraryBuild> {
  mkdirSync(path.dirname(outfile), { recursive: true });
  await build({
    entryPoints: [OWNERSHIP_LIBRARY_ENTRY],
    outfile,
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: TARGETS,
    define: { "process.env.NODE_ENV": '"production"' },
    plugins: [platformGlobals(declaredGlobals())],
    legalComments: "none",
    logLevel: "warning",
  });
  return { file: outfile, bytes: statSync(outfile).size };
}
