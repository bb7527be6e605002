/** @jest-environment node */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { socialprofile } from "../../../plugins-shim/schema";

const ROOT = path.resolve(__dirname, "../../..");
const FIXTURE = path.join(ROOT, "test/plugins-shim/fixtures/seed004-sample-payload.json");
const dir = mkdtempSync(path.join(tmpdir(), "cli-test-"));
const file = (name: string, content: unknown) => {
  const target = path.join(dir, name);
  writeFileSync(target, typeof content === "string" ? content : JSON.stringify(content));
  return target;
};

/** Runs a command the way the docs show it: `npm run --silent <name> -- args`. */
const npmRun = (name: string, ...args: string[]) => {
  const run = spawnSync("npm", ["run", "--silent", name, "--", ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr.split("\n").filter((l) => l && !l.startsWith("npm warn")) };
};

jest.setTimeout(60_000);

describe("validate command", () => {
  it("prints one entry per record with localized messages and exits 1 when any is invalid", () => {
    const records = file("profiles.json", [
      { profilename: "ok", community: 2 },
      { profilelink: "javascript:alert(1)", profilename: "x".repeat(socialprofile.columns.profilename.maxLength! + 1) },
      "not a record",
    ]);
    const { code, stdout, stderr } = npmRun("validate", "socialprofile", records);
    expect(stderr).toEqual([]);
    expect(code).toBe(1);
    const entries = JSON.parse(stdout);
    expect(entries).toHaveLength(3);
    expect(entries[0]).toEqual({ index: 0, valid: true, diagnostics: [] });
    expect(entries[1].valid).toBe(false);
    expect(entries[1].diagnostics).toEqual(
      expect.arrayContaining([
        { column: "profilename", code: "maxLength", message: expect.stringContaining(String(socialprofile.columns.profilename.maxLength)) },
        { column: "profilelink", code: "unsafeUrl", message: expect.stringMatching(/http/) },
      ]),
    );
    expect(entries[2]).toMatchObject({ index: 2, valid: false, diagnostics: [{ code: "type" }] });
  });

  it("takes a single record and exits 0 when it is valid", () => {
    const record = file("account.json", {
      msdyn_name: "Contoso",
      msdyn_provideraccountid: `AC${"0".repeat(32)}`,
      msdyn_authenticationtoken: "a".repeat(32),
      msdyn_secureauthenticationtoken: "a".repeat(32),
    });
    const { code, stdout } = npmRun("validate", "msdyn_ocwhatsappchannelaccount", record);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([{ index: 0, valid: true, diagnostics: [] }]);
  });

  it("exits 2 with one line on stderr for usage errors and unreadable files", () => {
    for (const args of [[], ["contact", FIXTURE], ["socialprofile", path.join(dir, "missing.json")], ["socialprofile", file("broken.json", "[{\"a\":")]]) {
      const { code, stderr } = npmRun("validate", ...args);
      expect(code).toBe(2);
      expect(stderr).toHaveLength(1);
    }
  });
});

describe("intake command", () => {
  it("dry-runs the seed's sample: creates contact and profile, prints the shape of the issue", () => {
    const { code, stdout } = npmRun("intake", FIXTURE);
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(Object.keys(output)).toEqual(["valid", "diagnostics", "socialactivity", "profile", "contact"]);
    expect(output.profile).toMatchObject({ action: "create", record: { profilename: "Contoso" } });
    expect(output.contact).toMatchObject({ action: "create", record: { lastname: "Contoso" } });
    expect(output.socialactivity).toMatchObject({ _postfromprofileid_value: output.profile.id, _postauthoraccount_value: output.contact.id });
  });

  it("reuses records from --existing", () => {
    const contactId = "a1b2c3d4-0000-4000-8000-000000000001";
    const existing = file("existing.json", {
      contact: [{ contactid: contactId, firstname: "Con", lastname: "Toso" }],
      socialprofile: [{ profilename: "Contoso", community: 2, _customerid_value: contactId, "_customerid_value@Microsoft.Dynamics.CRM.lookuplogicalname": "contact" }],
    });
    const { code, stdout } = npmRun("intake", FIXTURE, "--existing", existing);
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.profile.action).toBe("reuse");
    expect(output.contact).toMatchObject({ action: "reuse", id: contactId, record: { fullname: "Con Toso" } });
  });

  it("exits 1 with diagnostics for an invalid payload and 2 for a bad --existing file", () => {
    const invalid = npmRun("intake", file("bad-payload.json", { community: 7, posturl: "ftp://x" }));
    expect(invalid.code).toBe(1);
    const output = JSON.parse(invalid.stdout);
    expect(output.valid).toBe(false);
    expect(output.diagnostics.map((d: { column: string }) => d.column)).toEqual(expect.arrayContaining(["community", "posturl"]));
    expect(output.diagnostics.every((d: { message: string }) => d.message.length > 0)).toBe(true);
    const badExisting = npmRun("intake", FIXTURE, "--existing", file("bad-existing.json", { account: [] }));
    expect(badExisting.code).toBe(2);
    expect(badExisting.stderr).toHaveLength(1);
  });
});
