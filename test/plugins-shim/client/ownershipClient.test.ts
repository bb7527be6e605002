/** @jest-environment node */
import { createWebApiAccessMessages, detectAccessMessages } from "../../../plugins-shim/client/accessMessages";
import { AccessRequestInfo } from "../../../simulator/organization/accessOrganization";
import { DataverseError } from "../../../plugins-shim/client/DataverseClient";
import { ErrorCodes } from "../../../plugins-shim/client/errorCodes";
import { toDataverseError } from "../../../plugins-shim/client/errors";
import { OwnershipActionError, OwnershipClient } from "../../../plugins-shim/client/ownershipClient";
import { privilegeHolder } from "../../../simulator/organization/accessOrganization";
import { abortableSleep } from "../../../plugins-shim/client/retry";
import {
  IDS,
  ownershipClientFor,
  ownershipOrganization,
  shareBensProfileWithAda,
} from "../../../simulator/organization/ownershipOrganization";

const rejectsWith = (promise: Promise<unknown>, messageKey: string) =>
  expect(promise).rejects.toMatchObject({ name: "OwnershipActionError", messageKey });

describe("ownership client over the in-memory organization", () => {
  it("tells each relation from the current user's point of view", async () => {
    const org = ownershipOrganization();
    await shareBensProfileWithAda(org);
    const ada = ownershipClientFor(org, IDS.ada);
    const kinds = await Promise.all(
      [IDS.mine, IDS.team, IDS.shared, IDS.orphan, IDS.others].map(async (id) => (await ada.read(id)).relation),
    );
    expect(kinds).toEqual([
      { kind: "ownedByYou" },
      { kind: "ownedByYourTeam", teamName: "Support Team" },
      { kind: "sharedWithYou" },
      { kind: "noActiveOwner" },
      { kind: "ownedByOther" },
    ]);
    expect((await ada.read(IDS.orphan)).owner).toMatchObject({ name: "Cleo Former", active: false });
  });

  it("counts a share with one of the user's teams as shared with the user", async () => {
    const org = ownershipOrganization();
    const ada = ownershipClientFor(org, IDS.ada);
    await ada.share(await ada.read(IDS.mine), { kind: "team", id: IDS.sales }, "read");
    expect((await ownershipClientFor(org, IDS.ben).read(IDS.mine)).relation).toEqual({ kind: "sharedWithYou" });
  });

  it("reads each record once until an action or a refresh", async () => {
    let reads = 0;
    const org = ownershipOrganization({
      intercept: (request: AccessRequestInfo) => {
        if (request.operation === "retrieve" && request.table === "socialprofile") reads += 1;
        return undefined;
      },
    });
    const ada = ownershipClientFor(org, IDS.ada);
    await ada.read(IDS.mine);
    await ada.read(IDS.mine);
    expect(reads).toBe(1);
    await ada.read(IDS.mine, true);
    expect(reads).toBe(2);
  });

  it("without the access-message endpoint: no shares known, sharing refused as read-only, assign still works", async () => {
    const org = ownershipOrganization();
    await shareBensProfileWithAda(org);
    const ada = ownershipClientFor(org, IDS.ada, false);
    const shared = await ada.read(IDS.shared);
    expect(shared).toMatchObject({ accessMessagesAvailable: false, relation: { kind: "ownedByOther" } });
    expect(shared.shares).toBeUndefined();
    await rejectsWith(ada.share(await ada.read(IDS.mine), { kind: "systemuser", id: IDS.ben }, "read"), "ownership.readOnly");
    const taken = await ada.takeOver(await ada.read(IDS.orphan));
    expect(taken.relation).toEqual({ kind: "ownedByYou" });
  });

  it("takes over a profile with no active owner, and only then", async () => {
    const org = ownershipOrganization();
    const ada = ownershipClientFor(org, IDS.ada);
    await rejectsWith(ada.takeOver(await ada.read(IDS.others)), "ownership.denied.ownerIsActive");
    // Ben's Assign reaches only his own records: the record's own access answer says no.
    const ben = ownershipClientFor(org, IDS.ben);
    await rejectsWith(ben.takeOver(await ben.read(IDS.orphan)), "ownership.denied.noAssignAccess");
    const after = await ada.takeOver(await ada.read(IDS.orphan));
    expect(after.relation).toEqual({ kind: "ownedByYou" });
    expect(await org.security(IDS.orphan)).toMatchObject({ owner: { kind: "systemuser", id: IDS.ada } });
  });

  it("assigns to another user or a team, never to a disabled user", async () => {
    const org = ownershipOrganization();
    const ada = ownershipClientFor(org, IDS.ada);
    await rejectsWith(ada.assign(await ada.read(IDS.mine), { kind: "systemuser", id: IDS.cleo }), "ownership.denied.inactiveTarget");
    await rejectsWith(ada.assign(await ada.read(IDS.mine), { kind: "systemuser", id: IDS.ada }), "ownership.denied.alreadyOwner");
    const toTeam = await ada.assign(await ada.read(IDS.mine), { kind: "team", id: IDS.sales });
    expect(toTeam.relation).toEqual({ kind: "ownedByOther" });
    expect((await ownershipClientFor(org, IDS.ben).read(IDS.mine)).relation).toEqual({ kind: "ownedByYourTeam", teamName: "Sales" });
  });

  it("shares with a chosen access, changes it and stops sharing; the owner can't be unshared", async () => {
    const org = ownershipOrganization();
    const ada = ownershipClientFor(org, IDS.ada);
    const ben = { kind: "systemuser" as const, id: IDS.ben };
    let snapshot = await ada.share(await ada.read(IDS.mine), ben, "write");
    expect(snapshot.shares).toEqual([{ principal: ben, mask: 1 | 2 | 4 | 16, name: "Ben Agent" }]);
    expect((await ownershipClientFor(org, IDS.ben).read(IDS.mine)).relation).toEqual({ kind: "sharedWithYou" });
    await rejectsWith(ada.share(snapshot, ben, "read"), "ownership.denied.alreadyShared");
    snapshot = await ada.changeShare(snapshot, ben, "read");
    expect(snapshot.shares?.[0].mask).toBe(1);
    await rejectsWith(ada.stopSharing(snapshot, { kind: "systemuser", id: IDS.ada }), "ownership.denied.ownerCannotBeUnshared");
    snapshot = await ada.stopSharing(snapshot, ben);
    expect(snapshot.shares).toEqual([]);
    expect((await ownershipClientFor(org, IDS.ben).read(IDS.mine, true)).relation).toEqual({ kind: "ownedByOther" });
  });

  it("refuses every action to a user without the privileges, before sending anything", async () => {
    const org = ownershipOrganization();
    const dan = ownershipClientFor(org, IDS.dan);
    const snapshot = await dan.read(IDS.orphan);
    await rejectsWith(dan.takeOver(snapshot), "ownership.denied.noAssignAccess");
    await rejectsWith(dan.share(snapshot, { kind: "systemuser", id: IDS.ben }, "read"), "ownership.denied.noShareAccess");
    await rejectsWith(dan.delete(snapshot), "ownership.denied.noDeleteAccess");
  });

  it("explains the server's privilege refusal when the record's access could not be read first", async () => {
    const org = ownershipOrganization();
    // Without the endpoint Ben's Assign privilege looks enough; the server knows it doesn't reach Ada's profile.
    const ben = ownershipClientFor(org, IDS.ben, false);
    await rejectsWith(ben.assign(await ben.read(IDS.mine), { kind: "systemuser", id: IDS.ben }), "error.privilege");
    expect(await org.security(IDS.mine)).toMatchObject({ owner: { id: IDS.ada } });
  });

  it("answers 0x80048306 when the privilege's level doesn't reach the record, 0x80040220 when the privilege is missing", async () => {
    const org = ownershipOrganization();
    // Ben holds Assign and Write at User level: they reach his own profiles, not Ada's.
    const assign = org.clientFor(IDS.ben).updateRecord("socialprofile", IDS.mine, { "ownerid@odata.bind": `/systemusers(${IDS.ben})` });
    await expect(assign).rejects.toMatchObject({
      errorCode: ErrorCodes.AccessCheckFailed,
      status: 403,
      message: `Principal with ID ${IDS.ben} does not have AssignAccess right(s) for record with ID ${IDS.mine} of entity socialprofile.`,
    });
    await expect(org.clientFor(IDS.ben).deleteRecord("socialprofile", IDS.mine)).rejects.toMatchObject({
      errorCode: ErrorCodes.AccessCheckFailed,
    });
    // Dan holds no Write privilege at all.
    await expect(org.clientFor(IDS.dan).updateRecord("socialprofile", IDS.orphan, { profilename: "x" })).rejects.toMatchObject({
      errorCode: ErrorCodes.PrivilegeDenied,
      status: 403,
      message: expect.stringContaining("is missing prvWriteSocialProfile privilege"),
    });
  });

  it("stops when someone else changed the owner between the read and the action", async () => {
    const org = ownershipOrganization();
    const ada = ownershipClientFor(org, IDS.ada);
    const stale = await ada.read(IDS.mine);
    await ownershipClientFor(org, IDS.ada).assign(await ownershipClientFor(org, IDS.ada).read(IDS.mine), {
      kind: "systemuser",
      id: IDS.ben,
    });
    await rejectsWith(ada.share(stale, { kind: "systemuser", id: IDS.dan }, "read"), "ownership.error.changed");
    expect((await org.security(IDS.mine)).shares).toEqual([]);
  });

  it("says the profile is gone when it was deleted meanwhile", async () => {
    const org = ownershipOrganization();
    const ada = ownershipClientFor(org, IDS.ada);
    const stale = await ada.read(IDS.mine);
    await org.data.deleteRecord("socialprofile", IDS.mine);
    await rejectsWith(ada.takeOver(stale), "ownership.error.gone");
  });

  it("counts the social activities a delete takes with it, and deletes them", async () => {
    const org = ownershipOrganization();
    const ada = ownershipClientFor(org, IDS.ada);
    expect(await ada.cascadeCount(IDS.mine)).toBe(2);
    await ada.delete(await ada.read(IDS.mine));
    const left = await org.data.retrieveMultipleRecords("socialactivity", "?$select=subject");
    expect(left.entities.map((row) => row.subject)).toEqual(["Other"]);
    await expect(org.data.retrieveRecord("socialprofile", IDS.mine)).rejects.toMatchObject({ status: 404 });
  });

  it("counts the social activities across pages, passing back the query part of each nextLink", async () => {
    const org = ownershipOrganization();
    const pageSize = 5000; // what cascadeCount asks for
    org.data.seed(
      "socialactivity",
      Array.from({ length: pageSize }, (_, i) => ({ subject: `Post ${i}`, _postfromprofileid_value: IDS.mine })),
    );
    const retrieveMultiple = jest.spyOn(org.data, "retrieveMultipleRecords");
    expect(await ownershipClientFor(org, IDS.ada).cascadeCount(IDS.mine)).toBe(pageSize + 2);
    const socialactivityCalls = retrieveMultiple.mock.calls.filter(([table]) => table === "socialactivity");
    expect(socialactivityCalls).toHaveLength(2);
    expect(socialactivityCalls[1][1]).toMatch(/^\?.*\$skiptoken=/);
  });

  it("retries throttled calls within its bound, then says so", async () => {
    const throttled: DataverseError = { errorCode: ErrorCodes.ServiceProtectionRequests, message: "Number of requests exceeded" }; // as context.webAPI rejects: no HTTP status reaches a control (simulator/pcfHost/platformErrors.ts)
    let failures = 2;
    const org = ownershipOrganization({ intercept: (r) => (r.operation === "update" && failures-- > 0 ? throttled : undefined) });
    const ada = ownershipClientFor(org, IDS.ada);
    expect((await ada.takeOver(await ada.read(IDS.orphan))).relation).toEqual({ kind: "ownedByYou" });

    const always = ownershipOrganization({
      intercept: (r) => (r.operation === "access" && r.message === "GrantAccess" ? throttled : undefined),
    });
    const again = ownershipClientFor(always, IDS.ada);
    const error = await again
      .share(await again.read(IDS.mine), { kind: "systemuser", id: IDS.ben }, "read")
      .catch((e: OwnershipActionError) => e);
    expect(error).toMatchObject({ messageKey: "error.throttled", supportCode: "0x80072322" });
  });

  it("offers active users and all teams as candidates; only users and owner teams can own (an access team can't)", async () => {
    const options = await ownershipClientFor(ownershipOrganization(), IDS.ada).candidates();
    expect(options.map((option) => [option.name, option.canOwn])).toEqual([
      ["Ada Supervisor", true],
      ["Ben Agent", true],
      ["Dan Reader", true],
      ["Support Team", true],
      ["Sales", true],
      ["Launch Access Team", false],
    ]);
  });

  it("the in-memory organization refuses an access team as owner, as 'Manage teams' says, and shares with it", async () => {
    const org = ownershipOrganization();
    const ada = ownershipClientFor(org, IDS.ada);
    const error = await ada.assign(await ada.read(IDS.mine), { kind: "team", id: IDS.launch }).catch((e: OwnershipActionError) => e);
    expect(error).toMatchObject({ name: "OwnershipActionError", supportCode: "0x80040203" });
    expect(await org.security(IDS.mine)).toMatchObject({ owner: { kind: "systemuser", id: IDS.ada } });
    await ada.share(await ada.read(IDS.mine), { kind: "team", id: IDS.launch }, "read");
    // Dan, on the access team, gets the team's shared access.
    expect((await ownershipClientFor(org, IDS.dan).read(IDS.mine)).relation).toEqual({ kind: "sharedWithYou" });
  });
});

describe("Cancel of a retried write (issue 20, item 3)", () => {
  const throttled: DataverseError = {
    errorCode: ErrorCodes.ServiceProtectionRequests,
    message: "Number of requests exceeded the limit.",
    status: 429,
  };
  const lost: DataverseError = { errorCode: 0, message: "Network Error" };

  /** Ada's client whose first pause before a retry is where the user presses Cancel. */
  function cancelledAtFirstPause(org: ReturnType<typeof ownershipOrganization>) {
    const controller = new AbortController();
    const client = new OwnershipClient({
      data: org.clientFor(IDS.ada),
      access: org.accessMessagesFor(IDS.ada),
      userId: IDS.ada,
      hasPrivilege: privilegeHolder(() => org.people, IDS.ada),
      retry: {
        maxAttempts: 5,
        random: () => 0,
        sleep: (ms, signal) => {
          controller.abort();
          return abortableSleep(ms, signal);
        },
      },
    });
    return { client, signal: controller.signal };
  }

  it("a cancelled throttled delete stops: no further attempt, the profile and its activities stay", async () => {
    let deletes = 0;
    const org = ownershipOrganization({
      intercept: (r) => (r.operation === "delete" && r.table === "socialprofile" && ++deletes ? throttled : undefined),
    });
    const { client, signal } = cancelledAtFirstPause(org);
    const error = await client.delete(await client.read(IDS.mine), { signal }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "OwnershipCancelledError",
      cancelled: true,
      mayHaveBeenApplied: false,
      messageKey: "ownership.cancel.stopped",
    });
    expect(deletes).toBe(1);
    expect(await org.security(IDS.mine)).toMatchObject({ owner: { id: IDS.ada } });
  });

  it("a cancelled throttled assign stops: the owner stays", async () => {
    let updates = 0;
    const org = ownershipOrganization({ intercept: (r) => (r.operation === "update" && ++updates ? throttled : undefined) });
    const { client, signal } = cancelledAtFirstPause(org);
    const error = await client.assign(await client.read(IDS.mine), { kind: "team", id: IDS.sales }, { signal }).catch((e: unknown) => e);
    expect(error).toMatchObject({ mayHaveBeenApplied: false });
    expect(updates).toBe(1);
    expect(await org.security(IDS.mine)).toMatchObject({ owner: { kind: "systemuser", id: IDS.ada } });
  });

  it("after an attempt whose answer was lost, a cancel says the write may have been applied", async () => {
    const org = ownershipOrganization({ intercept: (r) => (r.operation === "update" ? lost : undefined) });
    const { client, signal } = cancelledAtFirstPause(org);
    const error = await client.assign(await client.read(IDS.mine), { kind: "team", id: IDS.sales }, { signal }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "OwnershipCancelledError",
      mayHaveBeenApplied: true,
      messageKey: "ownership.cancel.mayHaveApplied",
    });
  });

  it("a read that failed ambiguously before the cancel is never reported as a change that may have happened", async () => {
    let reads = 0;
    const org = ownershipOrganization({
      intercept: (r) => (r.operation === "retrieve" && r.table === "socialprofile" && ++reads > 1 ? lost : undefined),
    });
    const { client, signal } = cancelledAtFirstPause(org);
    const snapshot = await client.read(IDS.mine);
    const error = await client.delete(snapshot, { signal }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "OwnershipCancelledError", mayHaveBeenApplied: false });
  });

  it("a retried delete whose first attempt went through but lost its answer resolves as deleted", async () => {
    const org = ownershipOrganization();
    const data = org.clientFor(IDS.ada);
    let deletes = 0;
    const losing = {
      ...data,
      deleteRecord: async (table: string, id: string) => {
        deletes += 1;
        const result = await data.deleteRecord(table, id);
        if (deletes === 1) throw { errorCode: 0, message: "Bad Gateway", status: 502 } as DataverseError;
        return result;
      },
    };
    const client = ownershipClientFor(org, IDS.ada, true, { data: losing });
    await expect(client.delete(await client.read(IDS.mine))).resolves.toBeUndefined();
    expect(deletes).toBe(2);
    await expect(client.read(IDS.mine, true)).rejects.toMatchObject({ messageKey: "ownership.error.gone" });
  });

  it("a first-attempt delete of a profile someone else deleted since the read says it is gone, not deleted by us", async () => {
    const org = ownershipOrganization();
    const data = org.clientFor(IDS.ada);
    const notFound: DataverseError = { errorCode: ErrorCodes.ObjectDoesNotExist, message: "Does Not Exist", status: 404 };
    const client = ownershipClientFor(org, IDS.ada, true, { data: { ...data, deleteRecord: async () => Promise.reject(notFound) } });
    const error = await client.delete(await client.read(IDS.mine)).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "OwnershipActionError", messageKey: "ownership.error.gone", supportCode: "0x80040217" });
  });

  it("reading a profile that was deleted says it is gone (0x80040217 is not a failure to show)", async () => {
    const org = ownershipOrganization();
    await org.data.deleteRecord("socialprofile", IDS.mine);
    const error = await ownershipClientFor(org, IDS.ada)
      .read(IDS.mine)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "OwnershipActionError", messageKey: "ownership.error.gone" });
  });
});

describe("access-message endpoint detection (the one place)", () => {
  it("is present only with Xrm's organization URL and fetch", async () => {
    const calls: string[] = [];
    const fetch = async (url: string) => {
      calls.push(url);
      return { ok: true, status: 200, text: async () => JSON.stringify({ AccessRights: "ReadAccess, ShareAccess" }) };
    };
    const Xrm = { Utility: { getGlobalContext: () => ({ getClientUrl: () => "https://contoso.crm.dynamics.com" }) } };
    expect(detectAccessMessages({ fetch })).toBeUndefined();
    expect(detectAccessMessages({ Xrm })).toBeUndefined();
    expect(
      detectAccessMessages({ Xrm: { Utility: { getGlobalContext: () => ({ getClientUrl: () => "javascript:alert(1)" }) } }, fetch }),
    ).toBeUndefined();
    const messages = detectAccessMessages({ Xrm, fetch });
    const mask = await messages!.retrievePrincipalAccess(IDS.ada, {
      table: "socialprofile",
      entitySetName: "socialprofiles",
      id: IDS.mine,
    });
    expect(mask).toBe(1 | 262144);
    expect(decodeURIComponent(calls[0])).toBe(
      `https://contoso.crm.dynamics.com/api/data/v9.2/systemusers(${IDS.ada})/Microsoft.Dynamics.CRM.RetrievePrincipalAccess(Target=@target)?@target={'@odata.id':'socialprofiles(${IDS.mine})'}`,
    );
  });

  it("turns a Web API error body into the Dataverse error code, with Retry-After", async () => {
    const fetch = async () => ({
      ok: false,
      status: 429,
      headers: { get: (name: string) => (name === "Retry-After" ? "7" : null) },
      text: async () => JSON.stringify({ error: { code: "0x80072322", message: "Number of requests exceeded the limit" } }),
    });
    const Xrm = { Utility: { getGlobalContext: () => ({ getClientUrl: () => "https://contoso.crm.dynamics.com/" }) } };
    const messages = detectAccessMessages({ Xrm, fetch })!;
    await expect(
      messages.revokeAccess({ table: "socialprofile", entitySetName: "socialprofiles", id: IDS.mine }, { kind: "team", id: IDS.sales }),
    ).rejects.toEqual({
      errorCode: ErrorCodes.ServiceProtectionRequests,
      message: "Number of requests exceeded the limit",
      status: 429,
      retryAfterSeconds: 7,
    });
  });

  it("normalizes a gateway page as every other client error is normalized (toDataverseError)", async () => {
    const fetch = async () => ({
      ok: false,
      status: 502,
      headers: { get: (name: string) => (name === "Retry-After" ? "-5" : null) },
      text: async () => "<html>Bad Gateway</html>",
    });
    const Xrm = { Utility: { getGlobalContext: () => ({ getClientUrl: () => "https://contoso.crm.dynamics.com/" }) } };
    const messages = detectAccessMessages({ Xrm, fetch })!;
    const expected = toDataverseError({ message: "HTTP 502", status: 502, retryAfterSeconds: -5 });
    expect(expected.retryAfterSeconds).toBe(0);
    await expect(
      messages.retrievePrincipalAccess(IDS.ada, { table: "socialprofile", entitySetName: "socialprofiles", id: IDS.mine }),
    ).rejects.toEqual(expected);
  });

  it("refuses a key that is not a whole GUID (no access read for a guessed record)", async () => {
    const org = ownershipOrganization();
    const fetch = org.fetchFor(IDS.ada);
    const access = (principal: string, record: string) =>
      fetch(
        `/api/data/v9.2/systemusers(${principal})/Microsoft.Dynamics.CRM.RetrievePrincipalAccess(Target=@target)?@target=${encodeURIComponent(`{'@odata.id':'socialprofiles(${record})'}`)}`,
        { method: "GET", headers: {} },
      );
    expect((await access(IDS.ada, IDS.mine)).status).toBe(200);
    for (const [principal, record] of [
      [`${IDS.ada}0`, IDS.mine],
      [IDS.ada.slice(1), IDS.mine],
      ["----", IDS.mine],
      [IDS.ada, `${IDS.mine}ff`],
      [IDS.ada, IDS.mine.replace(/-/g, "")],
    ]) {
      const response = await access(principal, record);
      expect(response.ok).toBe(false);
      expect(JSON.parse(await response.text())).not.toHaveProperty("AccessRights");
    }
  });

  it("reads an answer not shaped as documented as no shares, never as a failure to retry", async () => {
    const target = { table: "socialprofile", entitySetName: "socialprofiles", id: IDS.mine };
    const answering = (body: unknown) =>
      createWebApiAccessMessages(async () => ({ ok: true, status: 200, text: async () => JSON.stringify(body) }), "/api/data/v9.2/");
    const ben = { "@odata.type": "#Microsoft.Dynamics.CRM.systemuser", ownerid: IDS.ben };
    for (const body of [
      { PrincipalAccesses: {} },
      { PrincipalAccesses: [null, 5, "x"] },
      { PrincipalAccesses: [{ Principal: { "@odata.type": { toString: null }, ownerid: IDS.ben } }] },
      null,
    ]) {
      await expect(answering(body).retrieveSharedPrincipalsAndAccess(target)).resolves.toEqual([]);
    }
    await expect(
      answering({ PrincipalAccesses: [null, { Principal: ben, AccessMask: "ReadAccess" }] }).retrieveSharedPrincipalsAndAccess(target),
    ).resolves.toEqual([{ principal: { kind: "systemuser", id: IDS.ben }, mask: expect.anything() }]);
  });

  it("refuses a grant to a principal the organization doesn't have as the server does: 404, Does Not Exist", async () => {
    const fetch = ownershipOrganization().fetchFor(IDS.ada);
    const grant = (Principal: unknown) =>
      fetch("/api/data/v9.2/GrantAccess", {
        method: "POST",
        headers: {},
        body: JSON.stringify({
          Target: { "@odata.type": "Microsoft.Dynamics.CRM.socialprofile", socialprofileid: IDS.mine },
          PrincipalAccess: { Principal, AccessMask: "ReadAccess" },
        }),
      });
    const stranger = "00000000-0000-4000-8000-00000000dead";
    for (const principal of [
      { "@odata.type": "Microsoft.Dynamics.CRM.systemuser", systemuserid: stranger },
      { "@odata.type": { toString: null } },
      null,
    ]) {
      const response = await grant(principal);
      expect(response.status).toBe(404);
      expect(JSON.parse(await response.text())).toMatchObject({ error: { code: "0x80040217" } });
    }
    expect((await grant({ "@odata.type": "Microsoft.Dynamics.CRM.systemuser", systemuserid: IDS.ben })).status).toBe(204);
  });
});
