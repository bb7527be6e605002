/** @jest-environment node */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { build, Metafile } from "esbuild";
import { XMLParser } from "fast-xml-parser";
import * as React from "react";
import * as Fluent from "@fluentui/react-components";
import { OWNERSHIP_LIBRARY_DEPENDENCY, OWNERSHIP_LIBRARY_GLOBAL } from "../../controls/common/ownership/ownershipLibrary";
import { withPrefix } from "../../solution/publisher";
import { buildOwnershipLibrary, OWNERSHIP_LIBRARY_OUTPUT, platformGlobal } from "../../scripts/ownershipLibrary";

/*
 * Issue 14: the card's bundle must not carry the ownership section and its client; they ship in
 * the ownership library component, loaded on demand. The import graphs are esbuild's metafile over
 * each entry with React and Fluent external (what pcf-scripts' webpack bundles, module for module).
 */

const root = path.resolve(__dirname, "../..");
const OWNERSHIP_CODE = [
  "controls/common/ownership/OwnershipSection.tsx",
  "controls/common/ownership/OwnershipDialogs.tsx",
  "controls/common/ownership/useOwnership.ts",
  "controls/common/ownership/createOwnershipService.ts",
  "plugins-shim/client/ownershipClient.ts",
  "plugins-shim/client/accessMessages.ts",
  "plugins-shim/ownership/permissions.ts",
];

/** The modules that put code into the bundle (tree-shaken as pcf-scripts' production build is). */
async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: "iife",
    platform: "browser",
    external: ["react", "react-dom", "@fluentui/react-components"],
    logLevel: "silent",
  });
  const [output] = Object.values((result.metafile as Metafile).outputs);
  return Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file);
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["dependency", "uses-feature", "platform-action"].includes(name) });
const manifestOf = (control: string) =>
  parser.parse(readFileSync(path.join(root, "controls", control, "ControlManifest.Input.xml"), "utf8")).manifest.control;

describe("the card's bundle and the ownership library", () => {
  it("the card's import graph holds none of the ownership section or its client; the library's holds them all", async () => {
    const card = await inputsOf("controls/SocialProfileCard/index.ts");
    expect(card.filter((input) => OWNERSHIP_CODE.includes(input))).toEqual([]);
    const library = await inputsOf("controls/SocialProfileOwnership/library/index.ts");
    expect(OWNERSHIP_CODE.filter((input) => !library.includes(input))).toEqual([]);
  }, 60000);

  it("the gallery reads its team ids without the ownership client", async () => {
    const gallery = await inputsOf("controls/SocialProfileGallery/index.ts");
    expect(gallery).toContain("plugins-shim/client/teamMembership.ts");
    expect(gallery.filter((input) => OWNERSHIP_CODE.includes(input))).toEqual([]);
  }, 60000);

  it("the card declares the library as an on-demand dependency, by the library component's prefixed name", () => {
    const card = manifestOf("SocialProfileCard");
    const library = manifestOf("SocialProfileOwnership");
    expect(OWNERSHIP_LIBRARY_DEPENDENCY).toBe(withPrefix(`${library["@namespace"]}.${library["@constructor"]}`));
    expect(card.resources.dependency).toEqual([{ "@type": "control", "@name": OWNERSHIP_LIBRARY_DEPENDENCY, "@load-type": "onDemand" }]);
    // Microsoft Learn, "Dependent Libraries (preview)": on-demand loading needs both.
    expect(card["platform-action"]).toEqual([{ "@action-type": "afterPageLoad" }]);
    expect(card["feature-usage"]["uses-feature"]).toContainEqual({ "@name": "Utility", "@required": "true" });
    const packaged = library.resources.library.packaged_library["@path"];
    expect(path.resolve(root, "controls", "SocialProfileOwnership", packaged)).toBe(OWNERSHIP_LIBRARY_OUTPUT);
  });
});

describe("the library's packaged script", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), "scc-library-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads React and Fluent from pcf-scripts' platform globals and sets the one library global", async () => {
    expect([platformGlobal("react", "16.14.0"), platformGlobal("fluent", "9.46.2")]).toEqual(["Reactv16", "FluentUIReactv940"]);
    const { file } = await buildOwnershipLibrary(path.join(dir, "socialChannelOwnership.js"));
    const script = readFileSync(file, "utf8");
    // React and Fluent are not bundled: neither's source is in the script.
    expect(script).not.toContain("__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED");
    expect(script).not.toContain("fui-FluentProvider");
    const page: Record<string, unknown> = { Reactv16: React, FluentUIReactv940: Fluent };
    page.globalThis = page;
    runInNewContext(script, page);
    const library = page[OWNERSHIP_LIBRARY_GLOBAL] as Record<string, unknown>;
    expect(typeof library.OwnershipSection).toBe("function");
    expect(typeof library.createOwnershipService).toBe("function");
    expect(Object.keys(page).sort()).toEqual(["FluentUIReactv940", "Reactv16", OWNERSHIP_LIBRARY_GLOBAL, "globalThis"].sort());
  }, 60000);
});
