import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";

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

const parseVersion = (version: string): number[] | undefined =>
  /^\d+\.\d+\.\d+$/.test(version) ? version.split(".").map(Number) : undefined;

const compare = (a: number[], b: number[]): number => {
  for (let i = 0; i < 3; i += 1) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
};

export function checkPlatformLibraries(manifestPath: string, xml = readFileSync(manifestPath, "utf8")): PlatformLibraryProblem[] {
  // Attributes keep a prefix: the manifest's `constructor` attribute is refused without one.
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (name) => name === "platform-library" });
  type Library = { "@_name": string; "@_version": string };
  const manifest = parser.parse(xml) as { manifest?: { control?: { resources?: { "platform-library"?: Library[] } } } };
  const libraries = manifest.manifest?.control?.resources?.["platform-library"] ?? [];
  const problems: PlatformLibraryProblem[] = [];
  for (const { "@_name": name, "@_version": declared } of libraries) {
    const library = { name, version: declared };
    const range = PLATFORM_LIBRARY_RANGE[library.name as keyof typeof PLATFORM_LIBRARY_RANGE];
    const version = parseVersion(String(library.version));
    if (!range) {
      problems.push({ manifest: manifestPath, message: `unknown platform library "${library.name}"` });
    } else if (!version || compare(version, parseVersion(range.min)!) < 0 || compare(version, parseVersion(range.max)!) > 0) {
      problems.push({
        manifest: manifestPath,
        message: `platform library ${library.name} ${library.version} is outside the supported range ${range.min}–${range.max}`,
      });
    }
  }
  return problems;
}
