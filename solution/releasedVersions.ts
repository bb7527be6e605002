import { compareVersions, parseVersion } from "./version";

/**
 * What already shipped, kept in source so every build reads the same history.
 *
 * RELEASED_VERSIONS: solution versions released to customers. Append the version after each
 * release; every build must be higher than the last one (docs/admin.md, "Upgrade").
 */
export const RELEASED_VERSIONS: readonly string[] = [];

/**
 * INTRODUCED_VERSIONS: the solution version each web resource first shipped in, written as its
 * `IntroducedVersion` (pac and exports keep that value for the component's whole life instead of
 * stamping every build's version). A new component is recorded here once, by hand, with the version
 * of the build that first ships it; the build stops on a component that is not recorded, so it
 * never falls back to "this build's version" for a component that already shipped.
 */
export const INTRODUCED_VERSIONS: Readonly<Record<string, string>> = {
  "scc_/SocialChannelControls/forms.js": "1.0.0.0",
  "scc_/SocialChannelControls/strings/SocialChannelControls.1033.resx": "1.0.0.0",
  "scc_/SocialChannelControls/strings/SocialChannelControls.1036.resx": "1.0.0.0",
  "scc_/SocialChannelControls/strings/SocialChannelControls.1031.resx": "1.0.0.0",
  "scc_/SocialChannelControls/strings/SocialChannelControls.1041.resx": "1.0.0.0",
  "scc_/SocialChannelControls/strings/SocialChannelControls.1025.resx": "1.0.0.0",
};

const TABLE_FILE = "solution/releasedVersions.ts";

/** The recorded IntroducedVersion of a component; stops the build when there is none or it lies in the future. */
export function introducedVersionOf(
  component: string,
  buildVersion: string,
  recorded: Readonly<Record<string, string>> = INTRODUCED_VERSIONS,
): string {
  const introduced = Object.prototype.hasOwnProperty.call(recorded, component) ? recorded[component] : undefined;
  if (introduced === undefined) {
    throw new Error(
      `${component} has no IntroducedVersion: it is new, so add "${component}": "${buildVersion}" (this build's version) to INTRODUCED_VERSIONS in ${TABLE_FILE}`,
    );
  }
  if (!parseVersion(introduced))
    throw new Error(`${TABLE_FILE}: IntroducedVersion "${introduced}" of ${component} is not a solution version`);
  if (compareVersions(introduced, buildVersion) > 0) {
    throw new Error(
      `${TABLE_FILE}: ${component} is recorded as introduced in ${introduced}, later than this build's version ${buildVersion}`,
    );
  }
  return introduced;
}

/** Checks the released list: solution versions only. */
export function checkedReleasedVersions(versions: readonly string[] = RELEASED_VERSIONS): string[] {
  return versions.map((value) => {
    if (!parseVersion(value)) throw new Error(`${TABLE_FILE}: released version "${value}" is not a solution version`);
    return value;
  });
}
