/** @jest-environment node */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { packSolution } from "../../solution/packer";
import { NEAR_LIMIT, Problem, Rule, verifySolutionZip, VerifyOptions } from "../../solution/verifier";
import { readZipEntries, ZipEntry } from "../../solution/zip";
import { createFixture, Fixture } from "./fixture";
import { decode, rawZip, utf8 } from "./zipEdits";

const CARD = "Controls/scc_SocialChannel.SocialProfileCard";
let fixture: Fixture;
let good: Uint8Array;
let options: VerifyOptions;

beforeEach(() => {
  fixture = createFixture();
  good = readFileSync(packSolution(fixture.definition, fixture.outDir, () => undefined).unmanagedZip);
  options = { releasedVersions: [], outControlsDir: fixture.definition.outControlsDir, expectManaged: false };
});
afterEach(() => fixture.cleanup());

/** The good zip with one entry's text changed. */
function withText(name: string, change: (text: string) => string): Uint8Array {
  return rawZip(readZipEntries(good).map((entry) => (entry.name === name ? { name, data: utf8(change(decode(entry.data))) } : entry)));
}
const without = (name: string) => rawZip(readZipEntries(good).filter((entry) => entry.name !== name));
const plus = (...extra: ZipEntry[]) => rawZip([...readZipEntries(good), ...extra]);

const rules = (problems: Problem[]): Rule[] => [...new Set(problems.map((problem) => problem.rule))];
const expectProblem = (problems: Problem[], rule: Rule, mentions: string) =>
  expect(problems).toContainEqual({ rule, message: expect.stringContaining(mentions) });

describe("verifySolutionZip", () => {
  it("passes the packer's zips (unmanaged and managed)", () => {
    expect(verifySolutionZip(good, options)).toEqual([]);
    const managed = readFileSync(path.join(fixture.outDir, "SocialChannelControls_managed.zip"));
    expect(verifySolutionZip(managed, { ...options, expectManaged: true })).toEqual([]);
  });

  it("names a missing root file, and one that is nested instead of at the root", () => {
    expectProblem(verifySolutionZip(without("[Content_Types].xml"), options), "root-files", "[Content_Types].xml is missing");
    const entries = readZipEntries(good).map((entry) =>
      entry.name === "solution.xml" ? { ...entry, name: "SocialChannelControls/solution.xml" } : entry,
    );
    expectProblem(verifySolutionZip(rawZip(entries), options), "root-files", 'found "SocialChannelControls/solution.xml"');
  });

  it("names a control whose manifest is missing", () => {
    const problems = verifySolutionZip(without(`${CARD}/ControlManifest.xml`), options);
    expectProblem(problems, "component-files", `${CARD}/ControlManifest.xml is missing`);
  });

  it("names a resource the manifest lists but the zip lacks", () => {
    expectProblem(verifySolutionZip(without(`${CARD}/css/card.css`), options), "manifest-resource", "lists css/card.css");
  });

  it("names a manifest that differs from the built one in out/controls", () => {
    const built = path.join(fixture.definition.outControlsDir, "SocialProfileCard", "ControlManifest.xml");
    writeFileSync(built, readFileSync(built, "utf8").replace('order="1"', 'order="2"'));
    expectProblem(verifySolutionZip(good, options), "manifest-mismatch", `${CARD}/ControlManifest.xml differs from the built`);
  });

  it("names components without the publisher prefix", () => {
    const renamed = rawZip(
      readZipEntries(good).map((entry) =>
        entry.name === "solution.xml" || entry.name === "customizations.xml"
          ? {
              ...entry,
              data: utf8(decode(entry.data).split("scc_SocialChannel.SocialProfileCard").join("new_SocialChannel.SocialProfileCard")),
            }
          : entry,
      ),
    );
    const problems = verifySolutionZip(renamed, options);
    expectProblem(problems, "prefix", 'custom control new_SocialChannel.SocialProfileCard lacks the publisher prefix "scc_"');
    expectProblem(problems, "prefix", "root component new_SocialChannel.SocialProfileCard");
  });

  it("names a publisher prefix Dataverse refuses", () => {
    const problems = verifySolutionZip(
      withText("solution.xml", (xml) => xml.replace("<CustomizationPrefix>scc<", "<CustomizationPrefix>mscrm<")),
      options,
    );
    expectProblem(problems, "publisher", 'publisher prefix "mscrm"');
  });

  it("names invalid XML", () => {
    const problems = verifySolutionZip(
      withText("customizations.xml", (xml) => xml.replace("</CustomControls>", "</CustomControl>")),
      options,
    );
    expectProblem(problems, "xml", "customizations.xml is not well-formed XML");
    expectProblem(
      verifySolutionZip(
        withText(`${CARD}/SocialChannelControls.1036.resx`, (xml) => xml.replace("</root>", "")),
        options,
      ),
      "xml",
      `${CARD}/SocialChannelControls.1036.resx`,
    );
  });

  it("names a duplicate component and a duplicate entry", () => {
    const doubled = withText("solution.xml", (xml) => {
      const start = xml.indexOf("<RootComponent ");
      const line = xml.slice(start, xml.indexOf("/>", start) + 2);
      return xml.replace(line, `${line}${line}`);
    });
    expectProblem(verifySolutionZip(doubled, options), "duplicate-component", "is listed more than once");

    const twice = readZipEntries(good).find((entry) => entry.name === `${CARD}/bundle.js`)!;
    expectProblem(verifySolutionZip(plus(twice), options), "duplicate-entry", `entry "${CARD}/bundle.js" appears more than once`);
  });

  it("names traversal and absolute entry paths", () => {
    const problems = verifySolutionZip(
      plus(
        { name: "../x", data: utf8("x") },
        { name: "Controls/../../evil.js", data: utf8("x") },
        { name: "/etc/passwd", data: utf8("x") },
      ),
      options,
    );
    expectProblem(problems, "entry-path", 'entry "../x" walks out of its folder');
    expectProblem(problems, "entry-path", 'entry "Controls/../../evil.js" walks out of its folder');
    expectProblem(problems, "entry-path", 'entry "/etc/passwd" is absolute');
  });

  it("names files outside the known layout but accepts pcf-scripts' licence file and resx siblings", () => {
    const problems = verifySolutionZip(
      plus({ name: `${CARD}/notes.txt`, data: utf8("x") }, { name: "readme.md", data: utf8("x") }),
      options,
    );
    expectProblem(problems, "layout", `${CARD}/notes.txt is outside the known layout`);
    expectProblem(problems, "layout", "readme.md is outside the known layout");
    expect(problems.some((problem) => problem.message.includes("LICENSE") || problem.message.includes(".1036.resx"))).toBe(false);
  });

  it("names a version that is malformed or not higher than the last release", () => {
    expectProblem(
      verifySolutionZip(good, { ...options, releasedVersions: ["1.0.0.0", "1.2.3.0"] }),
      "version",
      "must be higher than the last released version 1.2.3.0",
    );
    expect(verifySolutionZip(good, { ...options, releasedVersions: ["1.2.2.9"] })).toEqual([]);
    expectProblem(
      verifySolutionZip(
        withText("solution.xml", (xml) => xml.replace("<Version>1.2.3.0<", "<Version>1.2.x<")),
        options,
      ),
      "version",
      'solution version "1.2.x"',
    );
  });

  it("names a control whose version does not follow the solution's", () => {
    const built = path.join(fixture.definition.outControlsDir, "SocialProfileCard", "ControlManifest.xml");
    const stale = readFileSync(built, "utf8").replace('version="1.2.3"', 'version="1.2.2"');
    writeFileSync(built, stale);
    expectProblem(
      verifySolutionZip(
        withText(`${CARD}/ControlManifest.xml`, () => stale),
        options,
      ),
      "version",
      "control version 1.2.2",
    );
  });

  it("names a bundle near the 5 MB import limit", () => {
    const big = withText(`${CARD}/bundle.js`, () => "x".repeat(NEAR_LIMIT));
    expectProblem(verifySolutionZip(big, options), "bundle-size", `${CARD}/bundle.js is ${NEAR_LIMIT} bytes`);
  });

  it("names a web resource without its root component, and one whose file is missing", () => {
    const noRoot = withText("solution.xml", (xml) =>
      xml.replace(/<RootComponent type="61" schemaName="scc_\/SocialChannelControls\/forms.js" behavior="0"\/>/, ""),
    );
    expectProblem(
      verifySolutionZip(noRoot, options),
      "component-files",
      "web resource scc_/SocialChannelControls/forms.js has no type-61 root component",
    );
    expectProblem(
      verifySolutionZip(without("WebResources/scc_/SocialChannelControls/forms.js"), options),
      "component-files",
      "is not in the zip",
    );
  });

  it("names a managed flag that contradicts the file name", () => {
    expect(rules(verifySolutionZip(good, { ...options, expectManaged: true }))).toEqual(["managed"]);
  });

  it("names a file that is not a zip", () => {
    expect(rules(verifySolutionZip(utf8("not a zip at all"), options))).toEqual(["zip"]);
  });
});
