import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import type { BuiltControl } from "../builtControls";
import type { SolutionDefinition } from "../definition";
import { publisherAddresses } from "./publisherAddresses";

/** Solution component types (RootComponents, MissingDependencies). */
export const ComponentType = { Entity: 1, Attribute: 2, WebResource: 61, CustomControl: 66 } as const;

/** What pac emits; a higher package version fails to import into older environments. */
export const IMPORT_EXPORT_VERSION = "9.1.0.643";
export const SOLUTION_PACKAGE_VERSION = "9.1";

function localized(container: XMLBuilder, listName: string, itemName: string, text: string, language: number): void {
  container.ele(listName).ele(itemName, { description: text, languagecode: String(language) });
}

/** solution.xml: identity, version, publisher, root components and (none) missing dependencies. */
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
  publisherAddresses(publisher);

  const rootComponents = manifest.ele("RootComponents");
  for (const resource of definition.webResources) {
    rootComponents.ele("RootComponent", { type: String(ComponentType.WebResource), schemaName: resource.name, behavior: "0" });
  }
  for (const control of controls) {
    rootComponents.ele("RootComponent", { type: String(ComponentType.CustomControl), schemaName: control.name, behavior: "0" });
  }

  // Nothing from other solutions: the controls and the form script only read columns at run time
  // and cope with their absence, so an org without Omnichannel imports the solution (docs/admin.md).
  manifest.ele("MissingDependencies");
  return root.end({ prettyPrint: true });
}
