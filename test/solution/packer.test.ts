/** @jest-environment node */
import { readFileSync, rmSync, utimesSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { loadDefinition } from "../../solution/definition";
import { packSolution } from "../../solution/packer";
import { checkedReleasedVersions, INTRODUCED_VERSIONS, RELEASED_VERSIONS } from "../../solution/releasedVersions";
import { readZipEntries } from "../../solution/zip";
import { createFixture, Fixture } from "./fixture";

const quiet = () => undefined;
let fixture: Fixture;
beforeEach(() => {
  fixture = createFixture();
});
afterEach(() => fixture.cleanup());

const entriesOf = (zip: string) => readZipEntries(readFileSync(zip));
const textOf = (zip: string, name: string) => new TextDecoder().decode(entriesOf(zip).find((entry) => entry.name === name)!.data);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false });

describe("packSolution", () => {
  it("writes the unmanaged and managed zips with the root files, control folders and web resources", () => {
    const result = packSolution(fixture.definition, fixture.outDir, quiet);
    expect(path.basename(result.unmanagedZip)).toBe("SocialChannelControls.zip");
    expect(path.basename(result.managedZip)).toBe("SocialChannelControls_managed.zip");

    const names = entriesOf(result.unmanagedZip).map((entry) => entry.name);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(
      expect.arrayContaining([
        "[Content_Types].xml",
        "customizations.xml",
        "solution.xml",
        "Controls/scc_SocialChannel.SocialProfileCard/ControlManifest.xml",
        "Controls/scc_SocialChannel.SocialProfileCard/bundle.js",
        "Controls/scc_SocialChannel.SocialProfileCard/bundle.js.LICENSE.txt",
        "Controls/scc_SocialChannel.SocialProfileCard/css/card.css",
        "Controls/scc_SocialChannel.SocialProfileCard/SocialChannelControls.1033.resx",
        "Controls/scc_SocialChannel.SocialProfileCard/SocialChannelControls.1036.resx",
        "Controls/scc_SocialChannel.SocialProfileGallery/bundle.js",
        "WebResources/scc_/SocialChannelControls/forms.js",
        "WebResources/scc_/SocialChannelControls/strings/SocialChannelControls.1041.resx",
      ]),
    );

    const unmanaged = parser.parse(textOf(result.unmanagedZip, "solution.xml")).ImportExportXml;
    const managed = parser.parse(textOf(result.managedZip, "solution.xml")).ImportExportXml;
    expect(unmanaged.SolutionManifest.Managed).toBe("0");
    expect(managed.SolutionManifest.Managed).toBe("1");
    expect(unmanaged.SolutionManifest.Version).toBe("1.2.3.0");
    expect(unmanaged["@SolutionPackageVersion"]).toBe("9.1");
    expect(unmanaged.SolutionManifest.Publisher.CustomizationPrefix).toBe("scc");
    const roots = unmanaged.SolutionManifest.RootComponents.RootComponent as { "@type": string; "@schemaName": string }[];
    expect(roots.filter((root) => root["@type"] === "66").map((root) => root["@schemaName"])).toEqual([
      "scc_SocialChannel.SocialProfileCard",
      "scc_SocialChannel.SocialProfileGallery",
    ]);
    expect(roots.filter((root) => root["@type"] === "61")).toHaveLength(6);
    expect(roots.some((root) => root["@schemaName"] === "socialprofile")).toBe(false);
  });

  it("gives byte-identical zips for the same inputs, whatever the files' timestamps", () => {
    const first = packSolution(fixture.definition, path.join(fixture.root, "first"), quiet);
    const bundle = path.join(fixture.definition.outControlsDir, "SocialProfileCard", "bundle.js");
    utimesSync(bundle, new Date(2031, 5, 1), new Date(2031, 5, 1));
    const second = packSolution(fixture.definition, path.join(fixture.root, "second"), quiet);
    expect(Buffer.compare(readFileSync(first.unmanagedZip), readFileSync(second.unmanagedZip))).toBe(0);
    expect(Buffer.compare(readFileSync(first.managedZip), readFileSync(second.managedZip))).toBe(0);
  });

  it("stops with the missing file's path when a control was not built", () => {
    rmSync(path.join(fixture.definition.outControlsDir, "SocialProfileGallery"), { recursive: true });
    const missing = path.join(fixture.definition.outControlsDir, "SocialProfileGallery", "ControlManifest.xml");
    expect(() => packSolution(fixture.definition, fixture.outDir, quiet)).toThrow(`Control SocialProfileGallery was not built: ${missing}`);
  });

  it("stops naming a resource the built manifest lists but the build did not write", () => {
    rmSync(path.join(fixture.definition.outControlsDir, "SocialProfileCard", "css", "card.css"));
    expect(() => packSolution(fixture.definition, fixture.outDir, quiet)).toThrow(/SocialProfileCard.*css\/card\.css/);
  });

  it("stops naming the form script when it was not built", () => {
    rmSync(fixture.definition.webResources[0].source);
    expect(() => packSolution(fixture.definition, fixture.outDir, quiet)).toThrow(fixture.definition.webResources[0].source);
  });

  it("sets every control manifest's version to the solution's, in out/controls and in the zip", () => {
    const result = packSolution(fixture.definition, fixture.outDir, quiet);
    const built = readFileSync(path.join(fixture.definition.outControlsDir, "SocialProfileCard", "ControlManifest.xml"), "utf8");
    expect(parser.parse(built).manifest.control["@version"]).toBe("1.2.3");
    expect(textOf(result.unmanagedZip, "Controls/scc_SocialChannel.SocialProfileCard/ControlManifest.xml")).toBe(built);
  });

  it("lists only the RESX strings as the form script's dependencies, and nothing as missing", () => {
    const result = packSolution(fixture.definition, fixture.outDir, quiet);
    const customizations = parser.parse(textOf(result.unmanagedZip, "customizations.xml")).ImportExportXml;
    const script = customizations.WebResources.WebResource.find(
      (item: { Name: string }) => item.Name === "scc_/SocialChannelControls/forms.js",
    );
    expect(script.WebResourceType).toBe("3");
    const dependencies = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "@",
      isArray: (name) => ["Dependency", "Library"].includes(name),
    }).parse(script.DependencyXml);
    const groups = dependencies.Dependencies.Dependency as { "@componentType": string; Library?: object[] }[];
    expect(groups.map((group) => group["@componentType"])).toEqual(["WebResource"]);
    const libraries = groups[0].Library as { "@name": string; "@languagecode": string }[];
    expect(libraries.map((library) => library["@languagecode"]).sort()).toEqual(["1025", "1031", "1033", "1036", "1041"]);
    expect(libraries[0]["@name"]).toMatch(/^scc_\/SocialChannelControls\/strings\/SocialChannelControls\.\d{4}\.resx$/);

    const resx = customizations.WebResources.WebResource.find((item: { Name: string }) => item.Name.endsWith(".1036.resx"));
    expect(resx.WebResourceType).toBe("12");
    expect(resx.LanguageCode).toBe("1036");

    expect(parser.parse(textOf(result.unmanagedZip, "solution.xml")).ImportExportXml.SolutionManifest.MissingDependencies).toBe("");
  });

  it("names no Omnichannel column or table as a dependency in either zip (an org without Omnichannel imports it)", () => {
    const result = packSolution(fixture.definition, fixture.outDir, quiet);
    for (const zip of [result.unmanagedZip, result.managedZip]) {
      const solution = textOf(zip, "solution.xml");
      const missing = solution.slice(solution.indexOf("<MissingDependencies"));
      expect(missing).not.toMatch(/msdyn_|socialprofile/);
      const customizations = parser.parse(textOf(zip, "customizations.xml")).ImportExportXml;
      for (const resource of customizations.WebResources.WebResource as { DependencyXml: string }[]) {
        expect(resource.DependencyXml).not.toMatch(/msdyn_|socialprofile|<Attribute|componentType="(Attribute|Entity)"/);
      }
    }
  });

  it("writes the publisher's two empty addresses as pac does", () => {
    const result = packSolution(fixture.definition, fixture.outDir, quiet);
    const publisher = parser.parse(textOf(result.managedZip, "solution.xml")).ImportExportXml.SolutionManifest.Publisher;
    const addresses = publisher.Addresses.Address as Record<string, unknown>[];
    expect(addresses.map((address) => [address.AddressNumber, address.AddressTypeCode, address.ShippingMethodCode])).toEqual([
      ["1", "1", "1"],
      ["2", "1", "1"],
    ]);
    expect(Object.keys(addresses[0])).toHaveLength(26);
    expect(addresses[0].City).toEqual({ "@xsi:nil": "true" });
    expect(Object.keys(publisher)).toEqual([
      "UniqueName",
      "LocalizedNames",
      "Descriptions",
      "EMailAddress",
      "SupportingWebsiteUrl",
      "CustomizationPrefix",
      "CustomizationOptionValuePrefix",
      "Addresses",
    ]);
  });

  it("writes each web resource's recorded IntroducedVersion, not this build's version", () => {
    const introducedVersions = Object.fromEntries(fixture.definition.webResources.map((resource) => [resource.name, "1.1.0.0"]));
    introducedVersions["scc_/SocialChannelControls/forms.js"] = "1.0.0.0";
    const definition = loadDefinition({ ...fixture.paths, introducedVersions });
    const result = packSolution(definition, fixture.outDir, quiet);
    const resources = parser.parse(textOf(result.unmanagedZip, "customizations.xml")).ImportExportXml.WebResources.WebResource as {
      Name: string;
      IntroducedVersion: string;
    }[];
    expect(Object.fromEntries(resources.map((resource) => [resource.Name, resource.IntroducedVersion]))).toEqual(introducedVersions);
    expect(parser.parse(textOf(result.unmanagedZip, "solution.xml")).ImportExportXml.SolutionManifest.Version).toBe("1.2.3.0");
  });

  it("stops on a web resource with no recorded IntroducedVersion, naming the line to add, and on one from the future", () => {
    const recorded = Object.fromEntries(fixture.definition.webResources.map((resource) => [resource.name, "1.0.0.0"]));
    delete recorded["scc_/SocialChannelControls/strings/SocialChannelControls.1041.resx"];
    expect(() => loadDefinition({ ...fixture.paths, introducedVersions: recorded })).toThrow(
      '"scc_/SocialChannelControls/strings/SocialChannelControls.1041.resx": "1.2.3.0" (this build\'s version) to INTRODUCED_VERSIONS in solution/releasedVersions.ts',
    );
    recorded["scc_/SocialChannelControls/strings/SocialChannelControls.1041.resx"] = "2.0.0.0";
    expect(() => loadDefinition({ ...fixture.paths, introducedVersions: recorded })).toThrow("later than this build's version 1.2.3.0");
  });

  it("records an IntroducedVersion for every web resource the real definition ships", () => {
    expect(Object.keys(INTRODUCED_VERSIONS).sort()).toEqual(fixture.definition.webResources.map((resource) => resource.name).sort());
    expect(checkedReleasedVersions()).toEqual([...RELEASED_VERSIONS]);
  });

  it("escapes names and text", () => {
    const definition = { ...fixture.definition, displayName: `Social <Channel> & "Controls"` };
    const result = packSolution(definition, fixture.outDir, quiet);
    const xml = textOf(result.unmanagedZip, "solution.xml");
    expect(xml).toContain("&lt;Channel&gt; &amp;");
    const names = parser.parse(xml).ImportExportXml.SolutionManifest.LocalizedNames.LocalizedName;
    expect(names["@description"]).toBe(`Social <Channel> & "Controls"`);
  });

  it("keeps web resource ids stable across builds", () => {
    const idsOf = () => {
      const result = packSolution(fixture.definition, fixture.outDir, quiet);
      return parser
        .parse(textOf(result.unmanagedZip, "customizations.xml"))
        .ImportExportXml.WebResources.WebResource.map((item: { WebResourceId: string }) => item.WebResourceId);
    };
    const first = idsOf();
    expect(new Set(first).size).toBe(6);
    expect(idsOf()).toEqual(first);
  });
});
