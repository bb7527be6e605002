/** @jest-environment node */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { transform } from "esbuild";
import { BROWSER_BUILD_OPTIONS, BROWSER_TARGETS, browserTargetsOf } from "../../scripts/esbuildOptions";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "scc-targets-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const control = (name: string, config: object): void => {
  mkdirSync(path.join(dir, name));
  writeFileSync(path.join(dir, name, "pcfconfig.json"), JSON.stringify(config));
};

describe("the browser target of every esbuild build", () => {
  it("is the control folders' babel targets in esbuild's spelling", () => {
    control("A", { targets: { safari: "16", chrome: "109" } });
    control("B", { targets: { chrome: "109", safari: "16" } });
    mkdirSync(path.join(dir, "common")); // a folder without pcfconfig.json is not a control
    expect(browserTargetsOf(dir)).toEqual(["chrome109", "safari16"]);
  });

  it("names the folder whose targets differ from the others'", () => {
    control("A", { targets: { chrome: "109" } });
    control("B", { targets: { chrome: "90" } });
    expect(() => browserTargetsOf(dir)).toThrow(/B[\\/]pcfconfig\.json has chrome90/);
  });

  it("refuses a control folder that sets no targets", () => {
    control("A", { outDir: "x" });
    expect(() => browserTargetsOf(dir)).toThrow(/sets no babel "targets"/);
  });

  it("are browsers esbuild knows, and the shared options use them", async () => {
    // esbuild rejects an engine name it does not know, so a misspelt pcfconfig.json fails here.
    const out = await transform("export const late = (a, b) => a ?? b;", { target: BROWSER_BUILD_OPTIONS.target, minify: true });
    expect(out.code).toContain("??");
    expect(BROWSER_BUILD_OPTIONS.target).toEqual([...BROWSER_TARGETS]);
  });
});
