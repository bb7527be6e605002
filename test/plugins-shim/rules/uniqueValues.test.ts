/** @jest-environment node */
import fc from "fast-check";
import { InMemoryDataverse } from "../../../simulator/organization/inMemoryDataverse";
import { UniqueValuesSeen } from "../../../plugins-shim/rules/uniqueValues";
import { msdyn_ocwhatsappchannelaccount, socialprofile } from "../../../plugins-shim/schema";

const SID = `AC${"a".repeat(32)}`;
const TOKEN = "b".repeat(32);
const account = (msdyn_name: string, msdyn_provideraccountid: string) => ({
  msdyn_name,
  msdyn_provideraccountid,
  msdyn_secureauthenticationtoken: TOKEN,
});
const ID = "2f9c5a5e-1b7e-4e3a-9d4b-1a2b3c4d5e6f";

describe("unique values within one file (issue 21 item 7)", () => {
  it("reports a WhatsApp account whose name is an earlier one's up to case and spaces, or whose Account SID is, naming the earlier index", () => {
    const seen = new UniqueValuesSeen(msdyn_ocwhatsappchannelaccount);
    expect(seen.add(account("Contoso WhatsApp", SID), 0)).toEqual([]);
    expect(seen.add(account("Other", `AC${"c".repeat(32)}`), 1)).toEqual([]);
    expect(seen.add(account("contoso whatsapp ", `AC${"d".repeat(32)}`), 2)).toEqual([
      { column: "msdyn_name", code: "duplicate", messageKey: "validation.duplicateInFile", params: { index: 0 } },
    ]);
    expect(seen.add(account("Third", SID), 3)).toEqual([
      expect.objectContaining({ column: "msdyn_provideraccountid", params: { index: 0 } }),
    ]);
    expect(seen.add(account("  ", ""), 4)).toEqual([]);
    expect(seen.add(account("", "  "), 5)).toEqual([]);
  });

  it("reports two records with the same id, in any GUID form", () => {
    const seen = new UniqueValuesSeen(socialprofile);
    expect(seen.add({ socialprofileid: ID }, 0)).toEqual([]);
    expect(seen.add({ profilename: "no id" }, 1)).toEqual([]);
    expect(seen.add({ socialprofileid: `{${ID.toUpperCase()}}` }, 2)).toEqual([
      { column: "socialprofileid", code: "duplicate", messageKey: "validation.duplicateInFile", params: { index: 0 } },
    ]);
  });

  it("is the rule the in-memory organization applies: it refuses the second record exactly when validate reports it", async () => {
    const name = fc.constantFrom("Contoso", "contoso ", " CONTOSO", "Fabrikam", "fabrikam\u00a0", "");
    const sid = fc.constantFrom(SID, SID.toLowerCase().replace("ac", "AC"), `AC${"c".repeat(32)}`, "");
    await fc.assert(
      fc.asyncProperty(name, sid, name, sid, async (name1, sid1, name2, sid2) => {
        const seen = new UniqueValuesSeen(msdyn_ocwhatsappchannelaccount);
        seen.add(account(name1, sid1), 0);
        const reported = seen.add(account(name2, sid2), 1).length > 0;
        const org = new InMemoryDataverse();
        org.seed("msdyn_ocwhatsappchannelaccount", [account(name1, sid1)]);
        let refused = false;
        await org.createRecord("msdyn_ocwhatsappchannelaccount", account(name2, sid2)).catch(() => (refused = true));
        expect(refused).toBe(reported);
      }),
      { numRuns: 100 },
    );
  });
});
