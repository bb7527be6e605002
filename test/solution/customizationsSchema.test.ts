/** @jest-environment node */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { packSolution } from "../../solution/packer";
import { readZipEntries } from "../../solution/zip";
import { createFixture, Fixture } from "./fixture";

/**
 * customizations.xml against Microsoft's published schemas, with libxml2 compiled to WebAssembly
 * (the libxml2-wasm npm package, run by scripts/validateXsd.mjs in a Node process of its own: the
 * package is ESM-only). No system xmllint. The schemas are in solution/schemas; their README says
 * where they come from and lists the patches that let current libxml2 compile them.
 */
const SCHEMA = path.resolve(__dirname, "../../solution/schemas/CustomizationsSolution.xsd");
const VALIDATOR = path.resolve(__dirname, "../../scripts/validateXsd.mjs");

function validate(file: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [VALIDATOR, SCHEMA, file], { encoding: "utf8" });
  if (result.error) throw result.error;
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
  it("finds the schemas in the repository", () => {
    expect(existsSync(SCHEMA)).toBe(true);
  });

  it("validates against CustomizationsSolution.xsd", () => {
    const { status, output } = validate(customizations);
    expect(output).toContain("validates");
    expect(status).toBe(0);
  });

  it("is really checked: the same file with its sections out of order fails", () => {
    const broken = path.join(fixture.root, "broken.xml");
    const xml = readFileSync(customizations, "utf8");
    const languages = xml.slice(xml.indexOf("<Languages>"), xml.indexOf("</Languages>") + "</Languages>".length);
    writeFileSync(broken, xml.replace(languages, "").replace("<Entities/>", `${languages}<Entities/>`));
    const { status, output } = validate(broken);
    expect(status).toBe(1);
    expect(output).toContain("Schemas validity error");
    expect(output).toContain("Element 'Entities': This element is not expected");
  });
});
