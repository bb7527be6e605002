/** @jest-environment node */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { packSolution } from "../../solution/packer";
import { readZipEntries } from "../../solution/zip";
import { createFixture, Fixture } from "./fixture";

/**
 * customizations.xml against Microsoft's published schemas, with Debian's xmllint
 * (libxml2-utils). The schemas stay in ../shared/dataverse-schemas; xmllint-wasm's newer libxml2
 * refuses to compile FormXml.xsd ("content model is not determinist"), the Debian one accepts it.
 */
const SCHEMA = path.resolve(__dirname, "../../../shared/dataverse-schemas/CustomizationsSolution.xsd");

function xmllint(file: string): { status: number | null; output: string } {
  const result = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, file], { encoding: "utf8" });
  if (result.error) throw new Error(`xmllint is not installed (apt-get install libxml2-utils): ${result.error.message}`);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

let fixture: Fixture;
let customizations: string;
beforeAll(() => {
  fixture = createFixture();
  const result = packSolution(fixture.definition, fixture.outDir, () => undefined);
  const entry = readZipEntries(readFileSync(result.unmanagedZip)).find((item) => item.name === "customizations.xml")!;
  customizations = path.join(fixture.root, "customizations.xml");
  writeFileSync(customizations, entry.data);
});
afterAll(() => fixture.cleanup());

describe("customizations.xml", () => {
  it("finds the shared schemas beside the repository", () => {
    expect(existsSync(SCHEMA)).toBe(true);
  });

  it("validates against CustomizationsSolution.xsd", () => {
    const { status, output } = xmllint(customizations);
    expect(output).toContain("validates");
    expect(status).toBe(0);
  });

  it("is really checked: the same file with its sections out of order fails", () => {
    const broken = path.join(fixture.root, "broken.xml");
    const xml = readFileSync(customizations, "utf8");
    const languages = xml.slice(xml.indexOf("<Languages>"), xml.indexOf("</Languages>") + "</Languages>".length);
    writeFileSync(broken, xml.replace(languages, "").replace("<Entities/>", `${languages}<Entities/>`));
    const { status, output } = xmllint(broken);
    expect(status).not.toBe(0);
    expect(output).toContain("Schemas validity error");
  });
});
