/** @jest-environment node */
import { spawnSync, SpawnSyncReturns } from "node:child_process";
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { socialprofile } from "../../../plugins-shim/schema";

const ROOT = path.resolve(__dirname, "../../..");
const FIXTURE = path.join(ROOT, "test/plugins-shim/fixtures/seed004-sample-payload.json");
const dir = mkdtempSync(path.join(tmpdir(), "cli-test-"));
const file = (name: string, content: unknown) => {
  const target = path.join(dir, name);
  writeFileSync(target, typeof content === "string" || Buffer.isBuffer(content) ? content : JSON.stringify(content));
  return target;
};

const result = (run: SpawnSyncReturns<string>) => ({
  code: run.status,
  stdout: run.stdout,
  stderr: run.stderr.split("\n").filter((l) => l && !l.startsWith("npm warn")),
});

/** Runs a command the way the docs show it: `npm run --silent <name> -- args`. */
const npmRun = (name: string, ...args: string[]) =>
  result(spawnSync("npm", ["run", "--silent", name, "--", ...args], { cwd: ROOT, encoding: "utf8" }));

/**
 * The same command without npm's start-up, which is about half the CPU of each run: node runs the
 * very script that package.json's `tsx <script>` names, through tsx's loader (what the tsx command
 * does in a child process). The first test of each command goes through npm.
 */
const scripts: Record<string, string> = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts;
const cliRunWith = (input: string | Buffer | undefined, name: string, ...args: string[]) => {
  const [runner, script, ...rest] = scripts[name].split(" ");
  if (runner !== "tsx" || rest.length > 0) throw new Error(`package.json's ${name} script is no longer "tsx <script>": ${scripts[name]}`);
  // A bound against a runaway read (an input that never ends), not a timing assertion.
  return result(
    spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
      cwd: ROOT,
      encoding: "utf8",
      input,
      timeout: 30_000,
      killSignal: "SIGKILL",
    }),
  );
};
const cliRun = (name: string, ...args: string[]) => cliRunWith(undefined, name, ...args);
/** The command reading a pipe: standard input is `sh -c source`'s output (a real pipe, size 0). */
const cliRunPiped = (source: string, name: string, ...args: string[]) => {
  const script = scripts[name].split(" ")[1];
  const command = `(${source}) | exec "$0" --import tsx "$@"`;
  return result(
    spawnSync("sh", ["-c", command, process.execPath, script, ...args], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 30_000,
      killSignal: "SIGKILL",
    }),
  );
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
      msdyn_providertype: 192350000,
      msdyn_authenticationtoken: "a".repeat(32),
      msdyn_secureauthenticationtoken: "a".repeat(32),
    });
    const { code, stdout } = cliRun("validate", "msdyn_ocwhatsappchannelaccount", record);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([{ index: 0, valid: true, diagnostics: [] }]);
  });

  it("takes WhatsApp numbers (issue 22): E.164 numbers, the account lookup, the form's required workstream and language", () => {
    const account = "/msdyn_ocwhatsappchannelaccounts(3f2504e0-4f89-41d3-9a0c-0305e82c3301)";
    const complete = {
      msdyn_name: "Sales",
      msdyn_organizationphonenumber: "+14155550100",
      "msdyn_ocwhatsappaccountid@odata.bind": account,
      "msdyn_liveworkstreamid@odata.bind": "/msdyn_liveworkstreams(6f2504e0-4f89-41d3-9a0c-0305e82c3301)",
      "msdyn_ocwidgetlanguage@odata.bind": "/msdyn_oclanguages(7f2504e0-4f89-41d3-9a0c-0305e82c3301)",
    };
    const { code, stdout } = cliRun(
      "validate",
      "msdyn_ocwhatsappchannelnumber",
      file("numbers.json", [complete, { ...complete, msdyn_organizationphonenumber: "4155550100" }]),
    );
    expect(code).toBe(1);
    const [valid, invalid] = JSON.parse(stdout);
    expect(valid).toMatchObject({ index: 0, valid: true });
    expect(invalid.diagnostics).toEqual([expect.objectContaining({ column: "msdyn_organizationphonenumber", code: "format" })]);
  });

  it("exits 2 with one line on stderr for usage errors and unreadable files", () => {
    for (const args of [
      [],
      ["contact", FIXTURE],
      ["socialprofile", path.join(dir, "missing.json")],
      ["socialprofile", file("broken.json", '[{"a":')],
    ]) {
      const { code, stderr } = cliRun("validate", ...args);
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
    expect(output.socialactivity).toMatchObject({
      action: "create",
      record: { _postfromprofileid_value: output.profile.id, _postauthoraccount_value: output.contact.id },
    });
  });

  it("reuses records from --existing", () => {
    const contactId = "a1b2c3d4-0000-4000-8000-000000000001";
    const existing = file("existing.json", {
      contact: [{ contactid: contactId, firstname: "Con", lastname: "Toso" }],
      socialprofile: [
        {
          profilename: "Contoso",
          community: 2,
          _customerid_value: contactId,
          "_customerid_value@Microsoft.Dynamics.CRM.lookuplogicalname": "contact",
        },
      ],
    });
    const { code, stdout } = cliRun("intake", FIXTURE, "--existing", existing);
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.profile.action).toBe("reuse");
    expect(output.contact).toMatchObject({ action: "reuse", id: contactId, record: { fullname: "Con Toso" } });
  });

  it("exits 1 with diagnostics for an invalid payload and 2 for a bad --existing file", () => {
    const invalid = cliRun("intake", file("bad-payload.json", { community: 7, posturl: "ftp://x" }));
    expect(invalid.code).toBe(1);
    const output = JSON.parse(invalid.stdout);
    expect(output.valid).toBe(false);
    expect(output.diagnostics.map((d: { column: string }) => d.column)).toEqual(expect.arrayContaining(["community", "posturl"]));
    expect(output.diagnostics.every((d: { message: string }) => d.message.length > 0)).toBe(true);
    const badExisting = cliRun("intake", FIXTURE, "--existing", file("bad-existing.json", { lead: [] }));
    expect(badExisting.code).toBe(2);
    expect(badExisting.stderr).toHaveLength(1);
  });
});

describe("commands under hostile input", () => {
  const oneLine = (run: { code: number | null; stderr: string[] }) => {
    expect(run.code).toBe(2);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).not.toMatch(/\[object Object\]|\n\s+at /);
    return run.stderr[0];
  };

  it("intake: an --existing activity pointing at a missing row is refused with a sentence naming file, table, record and column", () => {
    const missing = "0f0f0f0f-0000-4000-8000-00000000dead";
    const existing = file("dangling.json", {
      socialactivity: [
        { subject: "ok", posturl: "https://x.example/1", community: 2 },
        { subject: "old", posturl: "https://www.twitter.com/contoso/stauts/123412341234", community: 2, _postfromprofileid_value: missing },
      ],
    });
    const line = oneLine(cliRun("intake", FIXTURE, "--existing", existing));
    expect(line).toContain(existing);
    expect(line).toContain("socialactivity record 1");
    expect(line).toContain("_postfromprofileid_value");
    expect(line).toContain(missing);
  });

  it("intake: the same post again is reported as a reuse", () => {
    const existing = file("existing-activity.json", {
      socialprofile: [{ socialprofileid: "a1b2c3d4-0000-4000-8000-000000000002", profilename: "Contoso", community: 2 }],
      socialactivity: [
        {
          subject: "old",
          posturl: "https://www.twitter.com/contoso/stauts/123412341234/",
          community: 2,
          _postfromprofileid_value: "a1b2c3d4-0000-4000-8000-000000000002",
        },
      ],
    });
    const run = cliRun(
      "intake",
      file("post-spaces.json", {
        ...JSON.parse(readFileSync(FIXTURE, "utf8")),
        posturl: " https://www.twitter.com/contoso/stauts/123412341234 ",
      }),
      "--existing",
      existing,
    );
    // The stored row has a trailing slash (another tool's spelling): the same post, found by its key.
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).socialactivity).toMatchObject({ action: "reuse", record: { subject: "old" } });
    const again = cliRun(
      "intake",
      FIXTURE,
      "--existing",
      file("existing-normal.json", {
        socialprofile: [{ socialprofileid: "a1b2c3d4-0000-4000-8000-000000000002", profilename: "Contoso", community: 2 }],
        socialactivity: [
          {
            subject: "old",
            posturl: "https://www.twitter.com/contoso/stauts/123412341234",
            community: 2,
            _postfromprofileid_value: "a1b2c3d4-0000-4000-8000-000000000002",
          },
        ],
      }),
    );
    expect(JSON.parse(again.stdout).socialactivity).toMatchObject({ action: "reuse", record: { subject: "old" } });
  });

  it("intake: refuses a file over the cap before reading it, names a directory, reads UTF-16 with a BOM and refuses invalid UTF-8", () => {
    const big = path.join(dir, "big.json");
    writeFileSync(big, "");
    truncateSync(big, 2 * 1024 * 1024);
    expect(oneLine(cliRun("intake", big))).toMatch(/big\.json is 2,097,152 bytes; the limit is 1,048,576/);
    expect(oneLine(cliRun("intake", dir))).toContain(`${dir}: it is a directory`);
    const utf16 = path.join(dir, "utf16.json");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(FIXTURE, "utf8"), "utf16le")]));
    expect(cliRun("intake", utf16).code).toBe(0);
    const latin1 = path.join(dir, "latin1.json");
    writeFileSync(latin1, Buffer.from(readFileSync(FIXTURE, "utf8").replace("Lorem", "L\u00e9rem"), "latin1"));
    expect(oneLine(cliRun("intake", latin1))).toMatch(/latin1\.json is not valid UTF-8/);
  });

  it("validate: a break mid-file reports every record before it at its true index", () => {
    const records = Array.from({ length: 40 }, (_, i) => JSON.stringify({ profilename: `p${i}`, community: 2 }));
    const broken = file("broken-mid.json", `[${records.join(",")},{"profilename": }, {"profilename":"lost","community":2}]`);
    const run = cliRun("validate", "socialprofile", broken);
    expect(oneLine(run)).toMatch(
      /in record 40, at byte 1,447 \(line 1, column 1,448\): expected a value, found "}"; records 0 to 39 before it are reported/,
    );
    const entries = JSON.parse(run.stdout);
    expect(entries.map((e: { index: number }) => e.index)).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });

  it("validate: records before a break are never lost (record 10 broken, a trailing comma, a break past the first chunk, one invalid UTF-8 byte)", () => {
    const text = (i: number) => JSON.stringify({ profilename: `profile ${i}`, community: 2 });
    const records = (n: number) => Array.from({ length: n }, (_, i) => text(i));
    const indices = (run: { stdout: string }) => JSON.parse(run.stdout).map((e: { index: number }) => e.index);
    const cases = [
      { name: "record-10.json", content: `[${records(10).join(",")},{"profilename": "x" "community": 2}]`, records: 10 },
      { name: "trailing-comma.json", content: `[${text(0)},]`, records: 1 },
      // Past stream-json's and the file stream's 64 KB chunks: the break is far from the start.
      { name: "record-2000.json", content: `[${records(2000).join(",\n")},\n{"profilename" 1}]`, records: 2000 },
      {
        name: "invalid-utf8.json",
        content: Buffer.concat([Buffer.from(`[${records(1500).join(",")},{"profilename":"`), Buffer.from([0xff]), Buffer.from('"}]')]),
        records: 1500,
      },
    ];
    for (const { name, content, records: n } of cases) {
      const run = cliRun("validate", "socialprofile", file(name, content));
      const line = oneLine(run);
      expect(indices(run)).toEqual(Array.from({ length: n }, (_, i) => i));
      expect(line).toMatch(new RegExp(`in record ${n}, at byte [\\d,]+ \\(line [\\d,]+, column [\\d,]+\\)`));
    }
  });

  it("validate and intake read pipes, FIFOs and standard input (`-`) sequentially", () => {
    const records = JSON.stringify([{ profilename: "ok", community: 2 }]);
    for (const name of ["-", "/dev/stdin"]) {
      const run = cliRunPiped(`printf '%s' '${records}'`, "validate", "socialprofile", name);
      expect(run.stderr).toEqual([]);
      expect(JSON.parse(run.stdout)).toEqual([{ index: 0, valid: true, diagnostics: [] }]);
    }
    const payload = readFileSync(FIXTURE, "utf8");
    expect(cliRunWith(payload, "intake", "-").code).toBe(0);
  });

  it("intake: the size caps are counted while reading, whatever the file is (a pipe reports size 0)", () => {
    const spaces = (bytes: number) => `printf '{'; head -c ${bytes} /dev/zero | tr '\\0' ' '; printf '}'`;
    expect(oneLine(cliRunPiped(spaces(3 * 1024 * 1024), "intake", "/dev/stdin"))).toMatch(
      /\/dev\/stdin is more than 1,048,576 bytes, the limit: reading stopped there/,
    );
    const existing = cliRunPiped(spaces(64 * 1024 * 1024 + 1024), "intake", FIXTURE, "--existing", "/dev/stdin");
    expect(oneLine(existing)).toMatch(/\/dev\/stdin is more than 67,108,864 bytes, the limit: reading stopped there/);
  });

  it("intake: a device of zeros (size 0, never ends) as payload or --existing stops at once", () => {
    // A device of zeros: stopped at its first byte, with what it is and where.
    for (const args of [["/dev/zero"], [FIXTURE, "--existing", "/dev/zero"]]) {
      expect(oneLine(cliRun("intake", ...args))).toMatch(
        /\/dev\/zero is not valid JSON at byte 0 \(line 1, column 1\): expected a value, found a NUL byte/,
      );
    }
  });

  it("a key given twice is refused, naming it, as the Web API's reader does (JSON.parse would keep the last)", () => {
    const long = "x".repeat(socialprofile.columns.profilename.maxLength! + 50);
    const records = file(
      "twice.json",
      `[{"profilename":"${long}","profilename":"short","community":2},{"community":2,"profilename":"short","profilename":"${long}"}]`,
    );
    const run = cliRun("validate", "socialprofile", records);
    expect(run.code).toBe(1);
    for (const entry of JSON.parse(run.stdout)) {
      expect(entry.valid).toBe(false);
      expect(entry.diagnostics).toContainEqual({ column: "profilename", code: "format", message: expect.stringMatching(/more than once/) });
    }
    const sample = readFileSync(FIXTURE, "utf8");
    const doubledUrl = sample.replace(/("posturl": "[^"]*",)/, '$1 "posturl": "https://www.twitter.com/contoso/stauts/999",');
    const doubledHandle = sample.replace(/("socialHandle": "Contoso",)/, '$1 "socialHandle": "Fabrikam",');
    for (const [name, payload, column] of [
      ["url.json", doubledUrl, "posturl"],
      ["handle.json", doubledHandle, "activityadditionalparams.socialHandle"],
    ]) {
      const intake = cliRun("intake", file(name, payload));
      expect(intake.code).toBe(1);
      expect(JSON.parse(intake.stdout)).toMatchObject({ valid: false, diagnostics: [{ column, code: "format" }] });
    }
    const existing = file("existing-twice.json", '{"socialprofile":[{"profilename":"a","community":2,"community":1}]}');
    expect(oneLine(cliRun("intake", FIXTURE, "--existing", existing))).toContain("socialprofile[0].community is given twice");
  });

  const statusExisting = () => file("status.json", { socialprofile: [{ profilename: "a", community: 2, statecode: 0, statuscode: 2 }] });

  it("messages: an --existing record's problem in words, not a resource key", () => {
    const line = oneLine(cliRun("intake", FIXTURE, "--existing", statusExisting()));
    expect(line).toContain("socialprofile record 0: statuscode: This status reason doesn't belong to the selected status.");
    expect(line).not.toMatch(/validation\./);
  });

  it("messages: --help prints the usage, an unknown option is named, --existing twice is refused", () => {
    const existing = statusExisting();
    for (const name of ["intake", "validate"]) {
      const help = cliRun(name, "--help");
      expect(help).toMatchObject({ code: 0, stderr: [] });
      expect(help.stdout).toMatch(new RegExp(`^Usage: ${name} `));
    }
    expect(oneLine(cliRun("intake", FIXTURE, "--bogus"))).toMatch(/^Unknown option --bogus\. Usage: intake/);
    const empty = file("empty-existing.json", {});
    expect(oneLine(cliRun("intake", FIXTURE, "--existing", empty, "--existing", existing))).toMatch(/--existing is given twice/);
  });

  it("messages: NUL bytes are named as such, not as UTF-16 without a BOM", () => {
    const zeros = file("zeros.json", Buffer.alloc(4096));
    for (const run of [cliRun("validate", "socialprofile", zeros), cliRun("intake", zeros)]) {
      const line = oneLine(run);
      expect(line).toMatch(/is not valid JSON .*at byte 0 \(line 1, column 1\): expected a value, found a NUL byte/);
      expect(line).not.toMatch(/UTF-16/);
    }
  });

  it("messages: a one-byte file is read, not called empty", () => {
    const five = cliRun("validate", "socialprofile", file("five.json", "5"));
    expect(five.code).toBe(1);
    expect(JSON.parse(five.stdout)).toMatchObject([{ index: 0, valid: false, diagnostics: [{ code: "type" }] }]);
    expect(oneLine(cliRun("validate", "socialprofile", file("bracket.json", "[")))).toMatch(
      /in record 0, at byte 1 \(line 1, column 2\): expected a value \(the text ends here\)/,
    );
  });

  it("validate: a record too large for this tool is reported as such and the next record is read", () => {
    const huge = `[{"profilename":"${"x".repeat(16 * 1024 * 1024 + 1)}","community":2},{"profilename":"next","community":2}]`;
    const run = cliRun("validate", "socialprofile", file("huge.json", huge));
    expect(run.stderr).toEqual([]);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        index: 0,
        valid: false,
        diagnostics: [
          {
            column: "profilename",
            code: "maxLength",
            message: expect.stringMatching(/larger than this tool reads \(16,777,216 characters\)/),
          },
        ],
      },
      { index: 1, valid: true, diagnostics: [] },
    ]);
  });

  it("validate: reads UTF-16 with its BOM however much blank space comes first (past the first 4 KB read)", () => {
    const records = JSON.stringify([{ profilename: "ok", community: 2 }]);
    const spaced = file(
      "utf16-spaced.json",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${" ".repeat(3000)}${records}`, "utf16le")]) as never,
    );
    const run = cliRun("validate", "socialprofile", spaced);
    expect(run.stderr).toEqual([]);
    expect(JSON.parse(run.stdout)).toEqual([{ index: 0, valid: true, diagnostics: [] }]);
  });

  it("validate: concatenated JSON values are not an array", () => {
    const concatenated = file("concatenated.json", `{"profilename":"a","community":2}\n{"profilename":"b","community":2}`);
    expect(oneLine(cliRun("validate", "socialprofile", concatenated))).toMatch(/more than one JSON value/);
  });
});
