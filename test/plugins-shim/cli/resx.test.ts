/** @jest-environment node */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDescriber } from "../../../plugins-shim/cli/messages";
import { DEFAULT_RESX, readResx } from "../../../plugins-shim/cli/resx";
import { diagnostic } from "../../../plugins-shim/rules";

describe("resx reader and messages", () => {
  it("reads the shared English strings", () => {
    const strings = readResx(DEFAULT_RESX);
    expect(strings.get("validation.required")).toBeTruthy();
  });

  it("formats a diagnostic with its params, falling back to the code's generic message", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "resx-")), "t.resx");
    writeFileSync(file, `<?xml version="1.0"?><root><data name="validation.maxLength" xml:space="preserve"><value>At most {max} &amp; not {actual}</value></data></root>`);
    const describe = createDescriber(readResx(file));
    expect(describe(diagnostic("subject", "maxLength", { max: 200, actual: 201 }))).toEqual({ column: "subject", code: "maxLength", message: "At most 200 & not 201" });
    expect(describe(diagnostic("x", "maxLength", { max: 1, actual: 2 }, "validation.maxLength.special")).message).toBe("At most 1 & not 2");
    expect(describe(diagnostic("x", "range")).message).toBe("validation.range");
  });
});
