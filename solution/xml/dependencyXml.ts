import { create } from "xmlbuilder2";
import type { WebResourceDefinition } from "../definition";
import { stableGuid } from "../stableGuid";

/**
 * A web resource's DependencyXml, as the web resource form's Dependencies tab saves it: other
 * web resources as `<Library>` under componentType "WebResource" (loaded with the script; RESX
 * ones by language). No `<Attribute>` entries: no public export shows them in a web resource, and
 * each would become an import-blocking dependency on another solution's column.
 */
export function dependencyXml(resource: WebResourceDefinition, all: readonly WebResourceDefinition[]): string {
  const root = create().ele("Dependencies");
  if (resource.webResourceDependencies.length) {
    const libraries = root.ele("Dependency", { componentType: "WebResource" });
    for (const name of resource.webResourceDependencies) {
      const library = all.find((candidate) => candidate.name === name);
      if (!library) throw new Error(`${resource.name} depends on unknown web resource ${name}`);
      libraries.ele("Library", {
        name: library.name,
        displayName: library.displayName,
        languagecode: library.languageCode !== undefined ? String(library.languageCode) : "",
        description: library.description,
        libraryUniqueId: `{${stableGuid(`library:${resource.name}:${library.name}`)}}`,
      });
    }
  }
  return root.end({ headless: true, prettyPrint: false });
}
