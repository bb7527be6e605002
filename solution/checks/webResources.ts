import { isRealGuid, normalizeGuid } from "../../plugins-shim/rules/guid";
import { WebResourceType } from "../definition";
import { compareVersions, parseVersion } from "../version";
import type { Report } from "./problem";
import { text, WebResourceDoc } from "./solutionDocs";

/**
 * WebResourceType values and the file extensions that go with them (the webresourcetype choice of
 * the WebResource table: 1 HTML … 12 RESX; Dataverse reference, "WebResource table").
 */
export const WEB_RESOURCE_EXTENSIONS: Readonly<Record<number, readonly string[]>> = {
  1: ["htm", "html"],
  2: ["css"],
  3: ["js"],
  4: ["xml"],
  5: ["png"],
  6: ["jpg", "jpeg"],
  7: ["gif"],
  8: ["xap"],
  9: ["xsl", "xslt"],
  10: ["ico"],
  11: ["svg"],
  12: ["resx"],
};

/**
 * "This name can only include letters, numbers, periods, and nonconsecutive forward slash ("/")
 * characters. The solution publisher customization prefix will be prepended" (Power Apps docs,
 * "Create or edit model-driven app web resources"): the prefix brings its underscore separator.
 */
export function webResourceNameProblem(name: string): string | undefined {
  if (!/^[A-Za-z0-9_./]+$/.test(name)) return "may only hold letters, digits, periods, forward slashes and the prefix's underscore";
  if (name.includes("//")) return "has consecutive forward slashes";
  if (name.startsWith("/") || name.endsWith("/")) return "starts or ends with a forward slash";
  return undefined;
}

const extensionOf = (name: string): string => {
  const file = name.slice(name.lastIndexOf("/") + 1);
  const dot = file.lastIndexOf(".");
  return dot > 0 ? file.slice(dot + 1).toLowerCase() : "";
};

/** Id, name, type, language and IntroducedVersion of each web resource, as import judges them. */
export function checkWebResources(resources: readonly WebResourceDoc[], solutionVersion: string, report: Report): void {
  const ids = new Map<string, string>();
  for (const resource of resources) {
    const name = text(resource.Name);

    const id = text(resource.WebResourceId);
    // `{xxxxxxxx-…}` (braces optional but paired, as exports write ids), not the empty GUID.
    if (!isRealGuid(id))
      report(
        "web-resource-id",
        `web resource ${name}: WebResourceId "${id}" is not a GUID ({xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}, not all zeros)`,
      );
    else {
      const key = normalizeGuid(id);
      const other = ids.get(key);
      if (other !== undefined) report("web-resource-id", `web resources ${other} and ${name} share the WebResourceId ${id}`);
      else ids.set(key, name);
    }

    const nameProblem = webResourceNameProblem(name);
    if (nameProblem) report("web-resource-name", `web resource name "${name}" ${nameProblem}`);

    const type = Number(text(resource.WebResourceType));
    const extensions = WEB_RESOURCE_EXTENSIONS[type];
    const extension = extensionOf(name);
    if (!extensions)
      report("web-resource-type", `web resource ${name}: WebResourceType "${text(resource.WebResourceType)}" is not a known type (1–12)`);
    else if (!extensions.includes(extension)) {
      report(
        "web-resource-type",
        `web resource ${name}: WebResourceType ${type} is for .${extensions.join("/.")} files, not "${extension ? `.${extension}` : "(no extension)"}"`,
      );
    }

    const language = text(resource.LanguageCode);
    if (type === WebResourceType.Resx) {
      const named = /\.(\d+)\.resx$/i.exec(name)?.[1];
      if (!/^\d+$/.test(language)) report("resx-language", `RESX web resource ${name} has no LanguageCode`);
      else if (named !== undefined && Number(named) !== Number(language)) {
        report("resx-language", `RESX web resource ${name} is named for LCID ${named} but its LanguageCode is ${language}`);
      }
    }

    const introduced = text(resource.IntroducedVersion);
    if (!parseVersion(introduced))
      report("introduced-version", `web resource ${name}: IntroducedVersion "${introduced}" is not a solution version`);
    else if (parseVersion(solutionVersion) && compareVersions(introduced, solutionVersion) > 0) {
      report(
        "introduced-version",
        `web resource ${name}: IntroducedVersion ${introduced} is later than the solution's version ${solutionVersion}`,
      );
    }
  }
}
