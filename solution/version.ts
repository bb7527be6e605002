/** Solution versions: 2–4 dotted integers ("1.0", "1.2.3.4"), compared part by part. */
export const SOLUTION_VERSION_PATTERN = /^\d+(\.\d+){1,3}$/;

/** Each part of a solution version is a 32-bit signed integer (System.Version). */
export const MAX_VERSION_PART = 2147483647;

/** The parts of a solution version, or undefined when it is not one (a part over MAX_VERSION_PART included). */
export function parseVersion(version: string): number[] | undefined {
  if (!SOLUTION_VERSION_PATTERN.test(version)) return undefined;
  const parts = version.split(".").map(Number);
  return parts.every((part) => part <= MAX_VERSION_PART) ? parts : undefined;
}

/** Negative, zero or positive like a sort comparator; missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const left = parseVersion(a);
  const right = parseVersion(b);
  if (!left || !right) throw new Error(`Not a solution version: "${left ? b : a}"`);
  for (let i = 0; i < 4; i += 1) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** package.json "1.2.3" → solution "1.2.3.0". Pre-release tags have no place in a solution version. */
export function solutionVersionOf(packageVersion: string): string {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(packageVersion);
  if (!match || !parseVersion(packageVersion)) {
    throw new Error(
      `package.json version "${packageVersion}" must be MAJOR.MINOR.PATCH, each at most ${MAX_VERSION_PART}, to become a solution version`,
    );
  }
  return `${match[1]}.${match[2]}.${match[3]}.0`;
}

/** The control manifest version (three parts) that goes with a solution version. */
export const controlVersionOf = (solutionVersion: string): string => solutionVersion.split(".").slice(0, 3).join(".");

/** The highest of the released versions, or undefined before the first release. */
export function latestVersion(versions: readonly string[]): string | undefined {
  return [...versions].sort(compareVersions).pop();
}
