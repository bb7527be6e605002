/** @jest-environment node */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { build, Metafile } from "esbuild";
import { XMLParser } from "fast-xml-parser";
import * as React from "react";
import * as Fluent from "@fluentui/react-components";
import { OWNERSHIP_LIBRARY_DEPENDENCY, OWNERSHIP_LIBRARY_GLOBAL } from "../../../controls/common/ownership/ownershipLibrary";
import { withPrefix } from "../../../plugins-shim/solutionNames/publisher";
import { BROWSER_BUILD_OPTIONS, PLATFORM_LIBRARIES } from "../../../scripts/esbuildOptions";

/*
 * Issue 14: the card's bundle must not carry the ownership section and its client; they ship in
 * the ownership library component's own code, loaded on demand. The import graphs are esbuild's metafile over
 * each entry with React and Fluent external (what pcf-scripts' webpack bundles, module for module).
 */

const root = path.resolve(__dirname, "../../..");
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
    ...BROWSER_BUILD_OPTIONS,
    entryPoints: [path.join(root, entry)],
    write: false,
    metafile: true,
    external: PLATFORM_LIBRARIES,
    logLevel: "silent",
  });
  const [output] = Object.values((result.metafile as Metafile).outputs);
  return Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file);
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["dependency", "uses-feature", "platform-action"].includes(name),
});
const manifestOf = (control: string) =>
  parser.parse(readFileSync(path.join(root, "controls", control, "ControlManifest.Input.xml"), "utf8")).manifest.control;

describe("the card's bundle and the ownership library", () => {
  it("the card's import graph holds none of the ownership section or its client; the library's holds them all", async () => {
    const card = await inputsOf("controls/SocialProfileCard/index.ts");
    expect(card.filter((input) => OWNERSHIP_CODE.includes(input))).toEqual([]);
    const library = await inputsOf("controls/SocialProfileOwnership/index.ts");
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
  });
});

describe("the library component's own code publishes the library (issue 20, item 14)", () => {
  it("binds the library to the page when the platform loads the component's code, React and Fluent given by the host", async () => {
    // As the platform runs a control's bundle: React and Fluent come from the host (pcf-scripts
    // leaves every <platform-library> out of the bundle); here a require() hands over this process's copies.
    const result = await build({
      ...BROWSER_BUILD_OPTIONS,
      entryPoints: [path.join(root, "controls/SocialProfileOwnership/index.ts")],
      write: false,
      external: PLATFORM_LIBRARIES,
      logLevel: "silent",
    });
    const script = result.outputFiles[0].text;
    expect(script).not.toContain("__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED");
    const modules: Record<string, unknown> = { react: React, "@fluentui/react-components": Fluent };
    const page: Record<string, unknown> = { require: (name: string) => modules[name] };
    page.globalThis = page;
    runInNewContext(script, page);
    const library = page[OWNERSHIP_LIBRARY_GLOBAL] as Record<string, unknown>;
    expect(typeof library.OwnershipSection).toBe("function");
    expect(typeof library.createOwnershipService).toBe("function");
  }, 60000);

  it("ships no separately built script and reads none of pcf-scripts' internal platform-library aliases", () => {
    const library = manifestOf("SocialProfileOwnership");
    expect(library.resources.library).toBeUndefined();
    expect(library.resources.code).toMatchObject({ "@path": "index.ts" });
    const sources = ["scripts", "bench", "solution"].flatMap((dir) =>
      readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
        .filter((file) => file.endsWith(".ts"))
        .map((file) => readFileSync(path.join(root, dir, file), "utf8")),
    );
    expect(sources.filter((text) => /PlatformLibraryVersions|Reactv16|FluentUIReactv\d/.test(text))).toEqual([]);
  });
});
