/** @jest-environment node */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { parseOrgFlags } from "../../../plugins-shim/cli/orgFlags";
import { UsageError } from "../../../plugins-shim/cli/usage";
import { runValidate } from "../../../plugins-shim/cli/validateCommand";
import { startWebApiDouble, WebApiDouble } from "../../../simulator/webApi/webApiDouble";
import { TokenDouble } from "../../dataverse-node/tokenDouble";
import { CUSTOM_COMMUNITY, CUSTOMIZED_TABLES } from "../../simulator/webApi/customTables";

// dynamics-web-api sends through http_proxy when it is set and reads no NO_PROXY: the double is on 127.0.0.1.
delete process.env.http_proxy;

/**
 * `validate --org` against the Web API double (in process: a TokenCredential double signs in),
 * and `--metadata FILE` offline. Without the flags the command judges by the shipped schema.
 */

const dir = mkdtempSync(path.join(tmpdir(), "validate-org-"));
const records = path.join(dir, "profiles.json");
// Valid in the customized org (200 characters allowed, the extra choice exists), invalid by the seeds.
writeFileSync(records, JSON.stringify([{ profilename: "x".repeat(150), community: CUSTOM_COMMUNITY }, { profilename: "x".repeat(201) }]));

let double: WebApiDouble;
const credential = new TokenDouble();

async function validate(args: string[], env: Record<string, string> = {}) {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
  const notes: string[] = [];
  const code = await runValidate(args, { out, env, note: (line) => notes.push(line), connection: { credential } });
  out.end();
  const entries = JSON.parse(chunks.join("")) as Array<{
    index: number;
    valid: boolean;
    diagnostics: Array<{ column: string; code: string }>;
  }>;
  return { code, entries, notes };
}

beforeEach(async () => {
  double = await startWebApiDouble({ tables: CUSTOMIZED_TABLES, acceptToken: credential.token });
});

afterEach(async () => {
  await double.close();
});

describe("validate --org", () => {
  it("judges by the org's metadata: a longer profilename and an extra choice are valid there, and the differences are said once", async () => {
    const { code, entries, notes } = await validate(["socialprofile", records, "--org", double.url]);
    expect(entries.map((entry) => entry.valid)).toEqual([true, false]);
    expect(entries[1].diagnostics).toEqual([expect.objectContaining({ column: "profilename", code: "maxLength" })]);
    expect(code).toBe(1);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(
      /differences from the shipped schema:\n {2}profilename: maxLength 100 → 200\n {2}community: choice 100000000 \(Mastodon\) only in the org$/,
    );
  });

  it("without --org nothing changes: the seeds' schema refuses both records and no request is sent", async () => {
    const { entries, notes } = await validate(["socialprofile", records]);
    expect(entries.map((entry) => entry.valid)).toEqual([false, false]);
    expect(entries[0].diagnostics.map((found) => found.column).sort()).toEqual(["community", "profilename"]);
    expect(notes).toEqual([]);
    expect(double.requests).toHaveLength(0);
  });

  it("--org alone takes DATAVERSE_URL; DATAVERSE_URL alone does not switch validate to the org", async () => {
    expect((await validate(["--org", "socialprofile", records], { DATAVERSE_URL: double.url })).entries[0].valid).toBe(true);
    expect((await validate(["socialprofile", records], { DATAVERSE_URL: double.url })).entries[0].valid).toBe(false);
    await expect(validate(["socialprofile", records, "--org"])).rejects.toThrow(UsageError);
  });

  it("--metadata FILE saves the org's metadata with --org and reuses it offline without", async () => {
    const saved = path.join(dir, "socialprofile.metadata.json");
    await validate(["socialprofile", records, "--org", double.url, "--metadata", saved]);
    await double.close();
    double = await startWebApiDouble();
    const offline = await validate(["socialprofile", records, `--metadata=${saved}`]);
    expect(offline.entries.map((entry) => entry.valid)).toEqual([true, false]);
    expect(offline.notes[0]).toMatch(/profilename: maxLength 100 → 200/);
    expect(double.requests).toHaveLength(0);
    await expect(validate(["socialprofile", records, "--metadata", path.join(dir, "missing.json")])).rejects.toThrow(
      /Cannot read the metadata file/,
    );
  });
});

describe("parseOrgFlags", () => {
  it("reads flags anywhere, --org's value only when it is an address", () => {
    expect(parseOrgFlags(["a", "--org", "https://x.crm.dynamics.com", "b", "--sign-in", "azure-cli"])).toEqual({
      positional: ["a", "b"],
      flags: { org: "https://x.crm.dynamics.com", signIn: "azure-cli" },
    });
    expect(parseOrgFlags(["--org", "a", "b"]).flags.org).toBe(true);
    expect(() => parseOrgFlags(["a", "b", "--sign-in", "password", "--org"])).toThrow(/Unknown sign-in/);
    expect(() => parseOrgFlags(["a", "b", "--sign-in", "azure-cli"])).toThrow(/goes with --org/);
    expect(() => parseOrgFlags(["a", "b", "--metadata"])).toThrow(/needs a file name/);
  });
});
