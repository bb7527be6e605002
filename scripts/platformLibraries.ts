import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { compareVersions } from "../solution/version";

/**
 * Model-driven apps refuse to import a control whose platform libraries fall outside the
 * documented range, but pcf-scripts accepts a wider one at build time: check it ourselves.
 * React must be exactly 16.14.0; Fluent 9.4.0 up to 9.46.2.
 */
export const PLATFORM_LIBRARY_RANGE = {
  React: { min: "16.14.0", max: "16.14.0" },
  Fluent: { min: "9.4.0", max: "9.46.2" },
} as const;

export interface PlatformLibraryProblem {
  manifest: string;
  message: string;
}

const THREE_PARTS = /^\d+\.\d+\.\d+$/;

export interface DeclaredPlatformLibrary {
  name: string;
  version: string;
}

/** The `<platform-library>` entries a control manifest declares. */
export function declaredPlatformLibraries(xml: string): DeclaredPlatformLibrary[] {
  // Attributes keep a prefix: the manifest's `constructor` attribute is refused without one.
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (name) => name === "platform-library" });
  type Library = { "@_name": string; "@_version": string };
  const manifest = parser.parse(xml) as { manifest?: { control?: { resources?: { "platform-library"?: Library[] } } } };
  return (manifest.manifest?.control?.resources?.["platform-library"] ?? []).map((library) => ({
    name: library["@_name"],
    version: String(library["@_version"]),
  }));
}

export function checkPlatformLibraries(manifestPath: string, xml = readFileSync(manifestPath, "utf8")): PlatformLibraryProblem[] {
  const problems: PlatformLibraryProblem[] = [];
  for (const library of declaredPlatformLibraries(xml)) {
    const range = PLATFORM_LIBRARY_RANGE[library.name as keyof typeof PLATFORM_LIBRARY_RANGE];
    if (!range) {
      problems.push({ manifest: manifestPath, message: `unknown platform library "${library.name}"` });
    } else if (
      !THREE_PARTS.test(library.version) ||
      compareVersions(library.version, range.min) < 0 ||
      compareVersions(library.version, range.max) > 0
    ) {
      problems.push({
        manifest: manifestPath,
        message: `platform library ${library.name} ${library.version} is outside the supported range ${range.min}–${range.max}`,
      });
    }
  }
  return problems;
}
