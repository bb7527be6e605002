/** @jest-environment node */
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { loadDefinition } from "../../solution/definition";
import { packSolution } from "../../solution/packer";
import { verifySolutionZip } from "../../solution/verifier";
import { readZipEntries } from "../../solution/zip";
import { rawZip } from "./zipEdits";
import { createFixture, Fixture, writeBuiltControl } from "./fixture";

/*
 * A library component may list a prebuilt script as `<library><packaged_library path>` (the
 * tutorial's does; the ownership library publishes itself from its own index.ts instead, and this
 * fixture keeps the packer's support for the other shape); pcf-scripts copies that file beside bundle.js
 * (node_modules/pcf-scripts/tasks/outputTask.js). The packer ships it in the control's folder and
 * the verifier holds it to the same rules as any listed resource.
 */

const LIBRARY = "Controls/scc_SocialChannel.SocialProfileOwnership";
const SCRIPT = "socialChannelOwnership.js";
let fixture: Fixture;

beforeEach(() => {
  fixture = createFixture();
  writeBuiltControl(fixture.root, "SocialProfileOwnership", "0.0.1", SCRIPT);
  fixture.definition = loadDefinition(fixture.paths);
});
afterEach(() => fixture.cleanup());

const pack = () => packSolution(fixture.definition, fixture.outDir, () => undefined);
const options = () => ({ releasedVersions: [], outControlsDir: fixture.definition.outControlsDir, expectManaged: false });

describe("a library component in the solution", () => {
  it("ships the packaged library's script in the control's folder, with a type-66 root component, and passes the verifier", () => {
    const result = pack();
    const zip = readFileSync(result.unmanagedZip);
    const names = readZipEntries(zip).map((entry) => entry.name);
    expect(names).toEqual(expect.arrayContaining([`${LIBRARY}/ControlManifest.xml`, `${LIBRARY}/bundle.js`, `${LIBRARY}/${SCRIPT}`]));
    expect(result.controls.find((control) => control.folderName === "SocialProfileOwnership")?.files).toContain(SCRIPT);
    expect(new TextDecoder().decode(readZipEntries(zip).find((entry) => entry.name === "solution.xml")!.data)).toContain(
      'schemaName="scc_SocialChannel.SocialProfileOwnership"',
    );
    expect(verifySolutionZip(zip, options())).toEqual([]);
    expect(verifySolutionZip(readFileSync(result.managedZip), { ...options(), expectManaged: true })).toEqual([]);
  });

  it("stops the packer when the packaged script was not built, naming the file", () => {
    rmSync(path.join(fixture.root, "out", "controls", "SocialProfileOwnership", SCRIPT));
    expect(pack).toThrow(`${SCRIPT} (listed in its manifest) is missing`);
  });

  it("verifier: names a zip whose library control lacks its packaged script", () => {
    const zip = readFileSync(pack().unmanagedZip);
    const stripped = rawZip(readZipEntries(zip).filter((entry) => entry.name !== `${LIBRARY}/${SCRIPT}`));
    expect(verifySolutionZip(stripped, options())).toContainEqual({
      rule: "manifest-resource",
      message: expect.stringContaining(`lists ${SCRIPT}, which is not in the zip`),
    });
  });
});
