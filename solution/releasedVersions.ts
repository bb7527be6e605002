import { readFileSync } from "node:fs";
import { parseVersion } from "./version";

/** Versions already shipped, from solution/released-versions.json (`{ "released": ["1.0.0.0", …] }`). */
export function loadReleasedVersions(file: string): string[] {
  const data = JSON.parse(readFileSync(file, "utf8")) as { released?: unknown };
  if (!Array.isArray(data.released)) throw new Error(`${file}: "released" must be a list of versions`);
  return data.released.map((value) => {
    if (typeof value !== "string" || !parseVersion(value)) throw new Error(`${file}: "${String(value)}" is not a solution version`);
    return value;
  });
}
