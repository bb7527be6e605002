/** @jest-environment node */
/**
 * docs/whatsapp-wizard.md says which auth-token column `validate` requires; the command runs
 * validateRecord (plugins-shim/cli), so the doc and that function must agree (issue 21 item 10).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { validateRecord } from "../../plugins-shim/rules";
import { msdyn_ocwhatsappchannelaccount } from "../../plugins-shim/schema";

const doc = readFileSync(path.resolve(__dirname, "../../docs/whatsapp-wizard.md"), "utf8").replace(/\s+/g, " ");
const TOKEN = "0123456789abcdef0123456789abcdef";
const account = { msdyn_name: "Contoso", msdyn_provideraccountid: `AC${"0".repeat(32)}`, msdyn_providertype: 192350000 };
const missing = (record: Record<string, unknown>) =>
  validateRecord(msdyn_ocwhatsappchannelaccount, record)
    .filter((found) => found.code === "required")
    .map((found) => found.column)
    .sort();

describe("docs/whatsapp-wizard.md on the auth-token columns validate requires", () => {
  it("validate requires the secured column, and the plain one only when neither is filled", () => {
    expect(missing({ ...account, msdyn_secureauthenticationtoken: TOKEN })).toEqual([]);
    expect(missing({ ...account, msdyn_authenticationtoken: TOKEN })).toEqual(["msdyn_secureauthenticationtoken"]);
    expect(missing(account)).toEqual(["msdyn_authenticationtoken", "msdyn_secureauthenticationtoken"]);
  });

  it("the doc says exactly that", () => {
    expect(doc).toContain("The project's `validate` command holds a record to the same rule");
    expect(doc).toContain("it requires the secured `msdyn_secureauthenticationtoken`");
    expect(doc).toContain("A record with only the plain column is reported as missing the secured one (`required`)");
    expect(doc).not.toContain("still reports the empty plain column");
  });
});
