import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import type { BuiltControl } from "../builtControls";
import type { SolutionDefinition } from "../definition";

/** Solution component types used in RootComponents and MissingDependencies. */
export const ComponentType = { Attribute: 2, WebResource: 61, CustomControl: 66 } as const;

/** What pac emits; a higher package version fails to import into older environments. */
export const IMPORT_EXPORT_VERSION = "9.1.0.643";
export const SOLUTION_PACKAGE_VERSION = "9.1";

function localized(container: XMLBuilder, listName: string, itemName: string, text: string, language: number): void {
  container.ele(listName).ele(itemName, { description: text, languagecode: String(language) });
}

/** solution.xml: identity, version, publisher, root components and the columns it needs from elsewhere. */
export function solutionXml(definition: SolutionDefinition, controls: readonly BuiltControl[], managed: boolean): string {
  const language = definition.baseLanguage;
  const root = create({ version: "1.0", encoding: "utf-8" }).ele("ImportExportXml", {
    version: IMPORT_EXPORT_VERSION,
    SolutionPackageVersion: SOLUTION_PACKAGE_VERSION,
    languagecode: String(language),
    generatedBy: "CrmLive",
    "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
  });
  const manifest = root.ele("SolutionManifest");
  manifest.ele("UniqueName").txt(definition.uniqueName);
  localized(manifest, "LocalizedNames", "LocalizedName", definition.displayName, language);
  localized(manifest, "Descriptions", "Description", definition.description, language);
  manifest.ele("Version").txt(definition.version);
  manifest.ele("Managed").txt(managed ? "1" : "0");

  const publisher = manifest.ele("Publisher");
  publisher.ele("UniqueName").txt(definition.publisher.uniqueName);
  localized(publisher, "LocalizedNames", "LocalizedName", definition.publisher.friendlyName, language);
  localized(publisher, "Descriptions", "Description", definition.publisher.description, language);
  publisher.ele("EMailAddress", { "xsi:nil": "true" });
  publisher.ele("SupportingWebsiteUrl", { "xsi:nil": "true" });
  publisher.ele("CustomizationPrefix").txt(definition.publisher.customizationPrefix);
  publisher.ele("CustomizationOptionValuePrefix").txt(String(definition.publisher.customizationOptionValuePrefix));

  const rootComponents = manifest.ele("RootComponents");
  for (const resource of definition.webResources) {
    rootComponents.ele("RootComponent", { type: String(ComponentType.WebResource), schemaName: resource.name, behavior: "0" });
  }
  for (const control of controls) {
    rootComponents.ele("RootComponent", { type: String(ComponentType.CustomControl), schemaName: control.name, behavior: "0" });
  }

  // Columns of Microsoft's tables the form script reads: listed so that an import into an
  // environment without them stops with a missing-dependency message.
  const missing = manifest.ele("MissingDependencies");
  for (const resource of definition.webResources) {
    for (const dependency of resource.columnDependencies) {
      const entry = missing.ele("MissingDependency");
      entry.ele("Required", {
        type: String(ComponentType.Attribute),
        schemaName: dependency.column,
        parentSchemaName: dependency.table,
      });
      entry.ele("Dependent", {
        type: String(ComponentType.WebResource),
        schemaName: resource.name,
        displayName: resource.displayName,
      });
    }
  }
  return root.end({ prettyPrint: true });
}
