import { normalizeGuid } from "../../plugins-shim/rules/guid";
import { readZipEntries } from "../zip";
import { compareVersions, parseVersion } from "../version";
import type { Problem } from "./problem";
import { CustomizationsDoc, list, solutionParser, SolutionDoc, SolutionManifestDoc, text, WebResourceDoc } from "./solutionDocs";

interface SolutionParts {
  manifest: SolutionManifestDoc;
  webResources: WebResourceDoc[];
}

function readParts(zip: Uint8Array, which: string): SolutionParts {
  const entries = readZipEntries(zip);
  const read = (name: string): string => {
    const entry = entries.find((candidate) => candidate.name === name);
    if (!entry) throw new Error(`the ${which} zip has no ${name}`);
    return new TextDecoder().decode(entry.data).replace(/^\uFEFF/, "");
  };
  const manifest = (solutionParser.parse(read("solution.xml")) as SolutionDoc).ImportExportXml?.SolutionManifest;
  if (!manifest) throw new Error(`the ${which} zip's solution.xml has no SolutionManifest`);
  const customizations = (solutionParser.parse(read("customizations.xml")) as CustomizationsDoc).ImportExportXml ?? {};
  return { manifest, webResources: list<WebResourceDoc>(customizations.WebResources as never, "WebResource") };
}

/**
 * Whether `candidate` imports over `installed` as an upgrade (docs/admin.md, "Upgrade"): the same
 * solution and publisher, a higher version, the same kind (a managed solution can't be imported
 * over its unmanaged self, nor the reverse), and every web resource it keeps with the same id,
 * type and IntroducedVersion (a changed id is a second record with the same unique name).
 */
export function verifyUpgrade(installed: Uint8Array, candidate: Uint8Array): Problem[] {
  const problems: Problem[] = [];
  const report = (message: string) => problems.push({ rule: "upgrade", message });
  let before: SolutionParts;
  let after: SolutionParts;
  try {
    before = readParts(installed, "installed");
    after = readParts(candidate, "new");
  } catch (error) {
    return [{ rule: "upgrade", message: (error as Error).message }];
  }

  const same = (what: string, read: (manifest: SolutionManifestDoc) => unknown) => {
    const old = text(read(before.manifest));
    const now = text(read(after.manifest));
    if (old !== now) report(`${what} changed from "${old}" to "${now}": Dataverse treats it as another solution`);
  };
  same("the solution's unique name", (manifest) => manifest.UniqueName);
  same("the publisher's unique name", (manifest) => manifest.Publisher?.UniqueName);
  same("the publisher's prefix", (manifest) => manifest.Publisher?.CustomizationPrefix);

  const oldVersion = text(before.manifest.Version);
  const newVersion = text(after.manifest.Version);
  if (!parseVersion(oldVersion) || !parseVersion(newVersion))
    report(`versions "${oldVersion}" → "${newVersion}" are not both solution versions`);
  else if (compareVersions(newVersion, oldVersion) <= 0) report(`version ${newVersion} is not higher than the installed ${oldVersion}`);

  const kind = (manifest: SolutionManifestDoc) => (text(manifest.Managed) === "1" ? "managed" : "unmanaged");
  if (kind(before.manifest) !== kind(after.manifest)) {
    report(`the ${kind(after.manifest)} zip does not import over the installed ${kind(before.manifest)} solution of the same name`);
  }

  const previous = new Map(before.webResources.map((resource) => [text(resource.Name).toLowerCase(), resource]));
  for (const resource of after.webResources) {
    const old = previous.get(text(resource.Name).toLowerCase());
    if (!old) continue;
    const name = text(resource.Name);
    const compare = (field: keyof WebResourceDoc, why: string) => {
      const was = normalizeGuid(text(old[field]));
      const is = normalizeGuid(text(resource[field]));
      if (was !== is) report(`web resource ${name}: ${field} changed from ${text(old[field])} to ${text(resource[field])} (${why})`);
    };
    compare("WebResourceId", "the import would meet a second record with the same name");
    compare("WebResourceType", "a web resource's type can't change after it is created");
    compare("IntroducedVersion", "it is the version the component first shipped in");
  }
  return problems;
}
