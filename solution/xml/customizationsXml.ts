import { create } from "xmlbuilder2";
import type { BuiltControl } from "../builtControls";
import type { SolutionDefinition, WebResourceDefinition } from "../definition";
import { stableGuid } from "../stableGuid";
import { dependencyXml } from "./dependencyXml";

export const controlFolder = (control: BuiltControl): string => `Controls/${control.name}`;
export const webResourceFile = (resource: WebResourceDefinition): string => `WebResources/${resource.name}`;
export const webResourceId = (resource: WebResourceDefinition): string => `{${stableGuid(`webresource:${resource.name}`)}}`;

/** Empty sections pac writes before WebResources, in the schema's fixed order. */
const LEADING_SECTIONS = [
  "Entities",
  "Roles",
  "Workflows",
  "FieldSecurityProfiles",
  "Templates",
  "EntityMaps",
  "EntityRelationships",
  "OrganizationSettings",
  "optionsets",
];

/** customizations.xml: the web resources and custom controls, nothing Microsoft owns. */
export function customizationsXml(definition: SolutionDefinition, controls: readonly BuiltControl[]): string {
  const root = create({ version: "1.0", encoding: "utf-8" }).ele("ImportExportXml", {
    "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
  });
  for (const section of LEADING_SECTIONS) root.ele(section);

  const webResources = root.ele("WebResources");
  for (const resource of definition.webResources) {
    const element = webResources.ele("WebResource");
    element.ele("WebResourceId").txt(webResourceId(resource));
    element.ele("Name").txt(resource.name);
    element.ele("DisplayName").txt(resource.displayName);
    element.ele("Description").txt(resource.description);
    if (resource.languageCode !== undefined) element.ele("LanguageCode").txt(String(resource.languageCode));
    element.ele("WebResourceType").txt(String(resource.type));
    element.ele("IntroducedVersion").txt(resource.introducedVersion);
    element.ele("IsEnabledForMobileClient").txt("0");
    element.ele("IsAvailableForMobileOffline").txt("0");
    element.ele("DependencyXml").txt(dependencyXml(resource, definition.webResources));
    element.ele("IsCustomizable").txt("1");
    element.ele("CanBeDeleted").txt("1");
    element.ele("IsHidden").txt("0");
    element.ele("FileName").txt(`/${webResourceFile(resource)}`);
  }

  const customControls = root.ele("CustomControls");
  for (const control of controls) {
    const element = customControls.ele("CustomControl");
    element.ele("Name").txt(control.name);
    element.ele("FileName").txt(`/${controlFolder(control)}/ControlManifest.xml`);
  }

  root.ele("Languages").ele("Language").txt(String(definition.baseLanguage));
  return root.end({ prettyPrint: true });
}
