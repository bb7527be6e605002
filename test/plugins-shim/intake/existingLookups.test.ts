/** @jest-environment node */
import { OrganizationErrorCodes } from "../../../simulator/organization/dataverseErrors";
import { runIntake } from "../../../plugins-shim/intake";
import { createEmbeddedOrganization } from "../../../simulator/organization/embeddedOrganization";
import sample from "../fixtures/seed004-sample-payload.json";

/**
 * `--existing` rows as a plain export gives them: `_customerid_value` without its
 * `@Microsoft.Dynamics.CRM.lookuplogicalname` annotation (the Web API sends it only when asked).
 * The customer link is resolved against the loaded contacts and accounts, never dropped (issue 21 item 8).
 */
const CONTACT = "11111111-0000-4000-8000-000000000001";
const ACCOUNT = "22222222-0000-4000-8000-000000000002";
const profile = (customer: Record<string, unknown>) => ({ profilename: "Contoso", community: 2, ...customer });

function organization() {
  const embedded = createEmbeddedOrganization();
  embedded.client.seed("contact", [{ contactid: CONTACT, lastname: "Contoso" }]);
  embedded.client.seed("account", [{ accountid: ACCOUNT, name: "Contoso Ltd" }]);
  return embedded;
}

describe("--existing: a profile's customer without its lookuplogicalname annotation", () => {
  it("resolves to the loaded contact: intake reuses the profile and its contact, and binds the activity to it", async () => {
    const { client, service } = organization();
    const [profileId] = client.seed("socialprofile", [profile({ _customerid_value: CONTACT.toUpperCase() })]);
    const stored = await client.retrieveRecord("socialprofile", profileId, "?$select=_customerid_value");
    expect(stored).toMatchObject({ _customerid_value: CONTACT, "_customerid_value@Microsoft.Dynamics.CRM.lookuplogicalname": "contact" });
    const result = await runIntake(service, sample);
    expect(result.profile).toMatchObject({ action: "reuse", id: profileId });
    expect(result.contact).toMatchObject({ action: "reuse", id: CONTACT });
    expect(result.socialactivity!.record).toMatchObject({ _postauthor_value: CONTACT, _postauthoraccount_value: CONTACT });
  });

  it("resolves to the loaded account", async () => {
    const { client, service } = organization();
    client.seed("socialprofile", [profile({ _customerid_value: ACCOUNT })]);
    const result = await runIntake(service, sample);
    expect(result.contact).toEqual({ action: "none", id: null, record: null });
    expect(result.socialactivity!.record).toMatchObject({
      _postauthoraccount_value: ACCOUNT,
      "_postauthoraccount_value@Microsoft.Dynamics.CRM.lookuplogicalname": "account",
    });
  });

  it("refuses an id that matches no loaded contact or account, or both", () => {
    const { client } = organization();
    expect(() => client.seed("socialprofile", [profile({ _customerid_value: "33333333-0000-4000-8000-000000000003" })])).toThrow(
      expect.objectContaining({
        errorCode: OrganizationErrorCodes.ObjectDoesNotExist,
        message: expect.stringMatching(/points at account or contact 33333333-.*does not exist/),
      }),
    );
    client.seed("account", [{ accountid: CONTACT, name: "Same id as the contact" }]);
    expect(() => client.seed("socialprofile", [profile({ _customerid_value: CONTACT })])).toThrow(
      /matches a row of account and of contact: give '_customerid_value@Microsoft.Dynamics.CRM.lookuplogicalname'/,
    );
  });

  it("refuses customerid under its plain name instead of storing no customer", () => {
    const { client } = organization();
    for (const customerid of [{ id: CONTACT, entityType: "contact" }, CONTACT]) {
      expect(() => client.seed("socialprofile", [profile({ customerid })])).toThrow(
        /customerid.*validation\.lookupPlainName|lookupPlainName/,
      );
    }
  });
});
