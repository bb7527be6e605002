/** @jest-environment node */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDescriber } from "../../../plugins-shim/cli/messages";
import { readResx, resxFile } from "../../../plugins-shim/strings/resx";
import { diagnostic } from "../../../plugins-shim/rules";

describe("resx reader and messages", () => {
  it("reads the shared English strings", () => {
    const strings = readResx(resxFile(1033));
    expect(strings.get("validation.required")).toBeTruthy();
  });

  it("formats a diagnostic with its params, falling back to the code's generic message", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "resx-")), "t.resx");
    writeFileSync(
      file,
      `<?xml version="1.0"?><root><data name="validation.maxLength" xml:space="preserve"><value>At most {max} &amp; not {actual}</value></data></root>`,
    );
    const describe = createDescriber(readResx(file));
    expect(describe(diagnostic("subject", "maxLength", { max: 200, actual: 201 }))).toEqual({
      column: "subject",
      code: "maxLength",
      message: "At most 200 & not 201",
    });
    expect(describe(diagnostic("x", "maxLength", { max: 1, actual: 2 }, "validation.maxLength.special")).message).toBe("At most 1 & not 2");
    expect(describe(diagnostic("x", "range")).message).toBe("validation.range");
  });
});

describe("loadStrings", () => {
  it("keeps values as text and reads every shipped language", async () => {
    const { LANGUAGES, loadStrings } = await import("../../../plugins-shim/strings/resx");
    const file = path.join(mkdtempSync(path.join(tmpdir(), "resx-")), "n.resx");
    writeFileSync(file, `<root><data name="n"><value>0100</value></data><data name="v"><value>1.0</value></data></root>`);
    expect([...readResx(file)]).toEqual([
      ["n", "0100"],
      ["v", "1.0"],
    ]);
    for (const lcid of LANGUAGES) expect(loadStrings(lcid)["validation.required"]).toBeTruthy();
  });

  it("refuses a name given twice instead of keeping one of its texts", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "resx-")), "d.resx");
    writeFileSync(file, `<root><data name="a"><value>one</value></data><data name="a"><value>two</value></data></root>`);
    expect(() => readResx(file)).toThrow(/has "a" twice/);
  });
});
