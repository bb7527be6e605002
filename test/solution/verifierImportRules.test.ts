/** @jest-environment node */
import { readFileSync } from "node:fs";
import { loadDefinition } from "../../solution/definition";
import { packSolution } from "../../solution/packer";
import { Problem, Rule, verifySolutionZip, VerifyOptions } from "../../solution/verifier";
import { createFixture, Fixture } from "./fixture";
import { readZipEntries } from "../../solution/zip";
import { decode, replacedOnce, withTexts } from "./zipEdits";

/** The rules Dataverse's import applies that go beyond a well-formed zip: each fed a zip that breaks it. */

const SCRIPT = "scc_/SocialChannelControls/forms.js";
const FRENCH = "scc_/SocialChannelControls/strings/SocialChannelControls.1036.resx";
const quiet = () => undefined;
let fixture: Fixture;
let good: Uint8Array;
let options: VerifyOptions;

beforeEach(() => {
  fixture = createFixture();
  good = readFileSync(packSolution(fixture.definition, fixture.outDir, quiet).unmanagedZip);
  options = { releasedVersions: [], outControlsDir: fixture.definition.outControlsDir, expectManaged: false };
});
afterEach(() => fixture.cleanup());

const verify = (zip: Uint8Array, extra: Partial<VerifyOptions> = {}) => verifySolutionZip(zip, { ...options, ...extra });
const expectProblem = (problems: Problem[], rule: Rule, mentions: string) =>
  expect(problems).toContainEqual({ rule, message: expect.stringContaining(mentions) });
const customizations = (from: string, to: string, zip = good) => replacedOnce(zip, "customizations.xml", from, to);
const solution = (from: string, to: string, zip = good) => replacedOnce(zip, "solution.xml", from, to);
/** The <WebResource> element of one web resource, to edit inside it only. */
function inWebResource(name: string, change: (element: string) => string): Uint8Array {
  return withTexts(good, ["customizations.xml"], (xml) => {
    const at = xml.indexOf(`<Name>${name}</Name>`);
    const start = xml.lastIndexOf("<WebResource>", at);
    const end = xml.indexOf("</WebResource>", at);
    return xml.slice(0, start) + change(xml.slice(start, end)) + xml.slice(end);
  });
}
/** The WebResourceId the packer gave a web resource. */
function idOf(name: string): string {
  const xml = decode(readZipEntries(good).find((entry) => entry.name === "customizations.xml")!.data);
  const at = xml.indexOf(`<Name>${name}</Name>`);
  return /<WebResourceId>([^<]+)<\/WebResourceId>/.exec(xml.slice(xml.lastIndexOf("<WebResource>", at), at))![1];
}

describe("verifier: web resources", () => {
  it("passes the packer's zip under every rule here", () => {
    expect(verify(good)).toEqual([]);
  });

  it("names a WebResourceId that is not a GUID, the empty GUID, and one two web resources share", () => {
    expectProblem(
      verify(inWebResource(SCRIPT, (xml) => xml.replace(/<WebResourceId>[^<]+</, "<WebResourceId>{forms-js}<"))),
      "web-resource-id",
      `WebResourceId "{forms-js}" is not a GUID`,
    );
    const empty = "{00000000-0000-0000-0000-000000000000}";
    expectProblem(
      verify(inWebResource(SCRIPT, (xml) => xml.replace(/<WebResourceId>[^<]+</, `<WebResourceId>${empty}<`))),
      "web-resource-id",
      `"${empty}" is not a GUID`,
    );
    const shared = idOf(SCRIPT).toUpperCase().replace(/[{}]/g, "");
    expectProblem(
      verify(inWebResource(FRENCH, (xml) => xml.replace(/<WebResourceId>[^<]+</, `<WebResourceId>${shared}<`))),
      "web-resource-id",
      `web resources ${SCRIPT} and ${FRENCH} share the WebResourceId`,
    );
  });

  it("names a WebResourceType that does not fit the file's extension, and an unknown type", () => {
    expectProblem(
      verify(inWebResource(SCRIPT, (xml) => xml.replace("<WebResourceType>3<", "<WebResourceType>12<"))),
      "web-resource-type",
      `${SCRIPT}: WebResourceType 12 is for .resx files, not ".js"`,
    );
    expectProblem(
      verify(inWebResource(FRENCH, (xml) => xml.replace("<WebResourceType>12<", "<WebResourceType>3<"))),
      "web-resource-type",
      'WebResourceType 3 is for .js files, not ".resx"',
    );
    expectProblem(
      verify(inWebResource(SCRIPT, (xml) => xml.replace("<WebResourceType>3<", "<WebResourceType>99<"))),
      "web-resource-type",
      'WebResourceType "99" is not a known type',
    );
  });

  it("names a RESX whose LanguageCode contradicts the LCID in its name, and one without a LanguageCode", () => {
    expectProblem(
      verify(inWebResource(FRENCH, (xml) => xml.replace("<LanguageCode>1036<", "<LanguageCode>1031<"))),
      "resx-language",
      `${FRENCH} is named for LCID 1036 but its LanguageCode is 1031`,
    );
    expectProblem(
      verify(inWebResource(FRENCH, (xml) => xml.replace("<LanguageCode>1036</LanguageCode>", ""))),
      "resx-language",
      `RESX web resource ${FRENCH} has no LanguageCode`,
    );
  });

  it("names web resource names with characters the platform refuses or consecutive slashes", () => {
    const renamed = (to: string) =>
      withTexts(good, ["customizations.xml", "solution.xml"], (xml) =>
        xml.split(`${SCRIPT}<`).join(`${to}<`).split(`"${SCRIPT}"`).join(`"${to}"`),
      );
    expectProblem(
      verify(renamed("scc_/SocialChannelControls/form-validation.js")),
      "web-resource-name",
      '"scc_/SocialChannelControls/form-validation.js" may only hold',
    );
    expectProblem(verify(renamed("scc_/Social Channel/forms.js")), "web-resource-name", "may only hold letters, digits, periods");
    expectProblem(verify(renamed("scc_//SocialChannelControls/forms.js")), "web-resource-name", "has consecutive forward slashes");
  });

  it("names an IntroducedVersion that is malformed or later than the solution's version", () => {
    expectProblem(
      verify(inWebResource(SCRIPT, (xml) => xml.replace("<IntroducedVersion>1.0.0.0<", "<IntroducedVersion>2.0.0.0<"))),
      "introduced-version",
      "IntroducedVersion 2.0.0.0 is later than the solution's version 1.2.3.0",
    );
    expectProblem(
      verify(inWebResource(SCRIPT, (xml) => xml.replace("<IntroducedVersion>1.0.0.0<", "<IntroducedVersion>today<"))),
      "introduced-version",
      'IntroducedVersion "today" is not a solution version',
    );
  });
});

describe("verifier: publisher prefix and version", () => {
  it("names a prefix that starts with mscrm, not only one equal to it", () => {
    expectProblem(verify(solution("<CustomizationPrefix>scc<", "<CustomizationPrefix>mscrmx<")), "publisher", 'publisher prefix "mscrmx"');
    expectProblem(
      verify(solution("<CustomizationPrefix>scc<", "<CustomizationPrefix>s<")),
      "publisher",
      'publisher prefix "s" must be 2–8',
    );
    expectProblem(verify(solution("<CustomizationPrefix>scc<", "<CustomizationPrefix>1scc<")), "publisher", 'publisher prefix "1scc"');
  });

  it("names a version part beyond a 32-bit integer", () => {
    expectProblem(verify(solution("<Version>1.2.3.0<", "<Version>1.2.3.2147483648<")), "version", 'solution version "1.2.3.2147483648"');
  });
});

describe("verifier: dependencies", () => {
  const LIBRARY = 'Library name="scc_/SocialChannelControls/strings/SocialChannelControls.1041.resx"';
  const withAttribute = (entity: string, column: string) =>
    customizations(
      "&lt;/Dependency&gt;&lt;/Dependencies&gt;",
      `&lt;/Dependency&gt;&lt;Dependency componentType="Attribute"&gt;&lt;Attribute attributeName="${column}" entityName="${entity}"/&gt;&lt;/Dependency&gt;&lt;/Dependencies&gt;`,
    );

  it("names a DependencyXml library that is not a web resource in the zip, or carries another language", () => {
    expectProblem(
      verify(customizations(LIBRARY, LIBRARY.replace("1041", "1042"))),
      "dependency",
      `${SCRIPT}: DependencyXml library "scc_/SocialChannelControls/strings/SocialChannelControls.1042.resx" is not a web resource in this zip`,
    );
    expectProblem(
      verify(
        customizations(
          `${LIBRARY} displayName="Social Channel Controls strings (Japanese)" languagecode="1041"`,
          `${LIBRARY} displayName="Social Channel Controls strings (Japanese)" languagecode="1040"`,
        ),
      ),
      "dependency",
      'has languagecode "1040" but the web resource\'s LanguageCode is "1041"',
    );
  });

  it("names a DependencyXml column unknown to plugins-shim/schema, and accepts a known one", () => {
    expectProblem(
      verify(withAttribute("socialprofile", "profilelinks")),
      "dependency",
      'column "socialprofile.profilelinks" is not in plugins-shim/schema',
    );
    expectProblem(
      verify(withAttribute("socialprofiles", "profilelink")),
      "dependency",
      'table "socialprofiles" is not in plugins-shim/schema',
    );
    expect(verify(withAttribute("socialprofile", "profilelink"))).toEqual([]);
  });

  it("names DependencyXml that is not XML", () => {
    expectProblem(
      verify(customizations("&lt;/Dependencies&gt;</DependencyXml>", "</DependencyXml>")),
      "dependency",
      `${SCRIPT}: DependencyXml is not well-formed XML`,
    );
  });

  it("checks MissingDependencies against the schema and this solution's components", () => {
    const missing = (required: string, dependent = `type="61" schemaName="${SCRIPT}"`) =>
      solution(
        "<MissingDependencies/>",
        `<MissingDependencies><MissingDependency><Required ${required}/><Dependent ${dependent}/></MissingDependency></MissingDependencies>`,
      );
    expectProblem(
      verify(missing('type="2" schemaName="msdyn_twilioinbound" parentSchemaName="msdyn_ocwhatsappchannelaccount"')),
      "missing-dependency",
      'column "msdyn_ocwhatsappchannelaccount.msdyn_twilioinbound" is not in plugins-shim/schema',
    );
    expectProblem(
      verify(missing('type="1" schemaName="msdyn_ocwhatsappchannel"')),
      "missing-dependency",
      'table "msdyn_ocwhatsappchannel" is not in plugins-shim/schema',
    );
    expectProblem(
      verify(missing('type="80" schemaName="msdyn_App"')),
      "missing-dependency",
      'component type "80" (msdyn_App) is neither a table (1) nor a column (2)',
    );
    expectProblem(
      verify(missing('type="1" schemaName="socialprofile"', 'type="61" schemaName="scc_/other.js"')),
      "missing-dependency",
      "dependent scc_/other.js (type 61) is not a root component of this solution",
    );
    expect(verify(missing('type="2" schemaName="profilelink" parentSchemaName="socialprofile"'))).toEqual([]);
  });
});

describe("verifier: upgrade over an installed version (two builds)", () => {
  /** Builds the fixture again as package version 1.3.0; returns [unmanaged, managed] of both builds. */
  function twoBuilds() {
    const first = packSolution(fixture.definition, `${fixture.root}/v1`, quiet);
    const older = { unmanaged: readFileSync(first.unmanagedZip), managed: readFileSync(first.managedZip) };
    const second = packSolution(loadDefinition({ ...fixture.paths, packageVersion: "1.3.0" }), `${fixture.root}/v2`, quiet);
    const newer = { unmanaged: readFileSync(second.unmanagedZip), managed: readFileSync(second.managedZip) };
    return { older, newer };
  }
  const newerOptions = { releasedVersions: ["1.2.3.0"] };

  it("accepts the later build over the earlier one, managed over managed and unmanaged over unmanaged", () => {
    const { older, newer } = twoBuilds();
    expect(verify(newer.unmanaged, { ...newerOptions, installed: older.unmanaged })).toEqual([]);
    expect(verify(newer.managed, { ...newerOptions, installed: older.managed, expectManaged: true })).toEqual([]);
  });

  it("refuses the earlier build over the later one, and a build over itself", () => {
    const { older, newer } = twoBuilds();
    // out/controls now holds the 1.3.0 manifests, so the older zip is checked without comparing them.
    const outControlsDir = undefined;
    expectProblem(
      verify(older.managed, { installed: newer.managed, expectManaged: true, outControlsDir }),
      "upgrade",
      "version 1.2.3.0 is not higher than the installed 1.3.0.0",
    );
    expectProblem(
      verify(newer.unmanaged, { ...newerOptions, installed: newer.unmanaged }),
      "upgrade",
      "version 1.3.0.0 is not higher than the installed 1.3.0.0",
    );
  });

  it("refuses managed over unmanaged and unmanaged over managed", () => {
    const { older, newer } = twoBuilds();
    expectProblem(
      verify(newer.managed, { ...newerOptions, installed: older.unmanaged, expectManaged: true }),
      "upgrade",
      "the managed zip does not import over the installed unmanaged solution",
    );
    expectProblem(
      verify(newer.unmanaged, { ...newerOptions, installed: older.managed }),
      "upgrade",
      "the unmanaged zip does not import over the installed managed solution",
    );
  });

  it("refuses a later build that changed a web resource's id, type or IntroducedVersion, or the publisher", () => {
    const { older, newer } = twoBuilds();
    const edit = (from: RegExp, to: string, name = "customizations.xml") =>
      withTexts(newer.unmanaged, [name], (xml) => {
        const at = xml.indexOf(`<Name>${FRENCH}</Name>`);
        const start = name === "customizations.xml" ? xml.lastIndexOf("<WebResource>", at) : 0;
        return xml.slice(0, start) + xml.slice(start).replace(from, to);
      });
    const installed = older.unmanaged;
    const check = (zip: Uint8Array) => verifySolutionZip(zip, { releasedVersions: [], installed });
    expectProblem(
      check(edit(/<WebResourceId>[^<]+</, "<WebResourceId>{0f0f0f0f-0000-4000-8000-000000000001}<")),
      "upgrade",
      `web resource ${FRENCH}: WebResourceId changed`,
    );
    expectProblem(
      check(edit(/<WebResourceType>12</, "<WebResourceType>4<")),
      "upgrade",
      `web resource ${FRENCH}: WebResourceType changed from 12 to 4`,
    );
    expectProblem(
      check(edit(/<IntroducedVersion>[^<]+</, "<IntroducedVersion>1.3.0.0<")),
      "upgrade",
      `web resource ${FRENCH}: IntroducedVersion changed from 1.0.0.0 to 1.3.0.0`,
    );
    expectProblem(
      check(edit(/<CustomizationPrefix>scc</, "<CustomizationPrefix>sc2<", "solution.xml")),
      "upgrade",
      `the publisher's prefix changed from "scc" to "sc2"`,
    );
    expectProblem(
      check(edit(/<UniqueName>socialchannelcontrols</, "<UniqueName>contoso<", "solution.xml")),
      "upgrade",
      "the publisher's unique name changed",
    );
  });
});
