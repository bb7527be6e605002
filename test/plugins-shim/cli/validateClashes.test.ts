/** @jest-environment node */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** `validate` over a file whose records clash with each other (issue 21 item 7). */
const ROOT = path.resolve(__dirname, "../../..");
const dir = mkdtempSync(path.join(tmpdir(), "cli-clash-"));
const scripts: Record<string, string> = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts;

/** The validate script as package.json names it, through tsx's loader (no npm start-up). */
function validate(table: string, records: unknown) {
  const file = path.join(dir, `${table}.json`);
  writeFileSync(file, JSON.stringify(records));
  const [, script] = scripts.validate.split(" ");
  const run = spawnSync(process.execPath, ["--import", "tsx", script, table, file], { cwd: ROOT, encoding: "utf8" });
  return {
    code: run.status,
    entries: JSON.parse(run.stdout) as {
      index: number;
      valid: boolean;
      diagnostics: { column: string; code: string; message: string }[];
    }[],
  };
}

jest.setTimeout(60_000);

describe("validate reports records that clash inside one file, naming the earlier index", () => {
  it("WhatsApp accounts: the same name up to case and trailing space, or the same Account SID", () => {
    const token = "b".repeat(32);
    const sid = `AC${"a".repeat(32)}`;
    // msdyn_providertype is application-required (Twilio 192350000; issue 20 item 2).
    const twilio = { msdyn_secureauthenticationtoken: token, msdyn_providertype: 192350000 };
    const { code, entries } = validate("msdyn_ocwhatsappchannelaccount", [
      { msdyn_name: "Contoso", msdyn_provideraccountid: sid, ...twilio },
      { msdyn_name: "contoso ", msdyn_provideraccountid: `AC${"c".repeat(32)}`, ...twilio },
      { msdyn_name: "Fabrikam", msdyn_provideraccountid: sid, ...twilio },
    ]);
    expect(code).toBe(1);
    expect(entries[0]).toEqual({ index: 0, valid: true, diagnostics: [] });
    expect(entries[1]).toEqual({
      index: 1,
      valid: false,
      diagnostics: [{ column: "msdyn_name", code: "duplicate", message: expect.stringContaining("Record 0 ") }],
    });
    expect(entries[2]).toEqual({
      index: 2,
      valid: false,
      diagnostics: [{ column: "msdyn_provideraccountid", code: "duplicate", message: expect.stringContaining("Record 0 ") }],
    });
  });

  it("social profiles: the same id", () => {
    const id = "2f9c5a5e-1b7e-4e3a-9d4b-1a2b3c4d5e6f";
    const { code, entries } = validate("socialprofile", [
      { profilename: "a" },
      { socialprofileid: id },
      { socialprofileid: id.toUpperCase() },
    ]);
    expect(code).toBe(1);
    expect(entries.map((entry) => entry.valid)).toEqual([true, true, false]);
    expect(entries[2].diagnostics).toEqual([
      { column: "socialprofileid", code: "duplicate", message: expect.stringContaining("Record 1 ") },
    ]);
  });
});
