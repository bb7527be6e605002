/** @jest-environment node */
import { DataverseClient } from "../../../plugins-shim/client";
import { InMemoryDataverse } from "../../../simulator/organization/inMemoryDataverse";
import {
  createClientOrganizationService,
  createPipelineService,
  ExecutionContext,
  InvalidPluginExecutionError,
  MAX_DEPTH,
  PluginRegistry,
} from "../../../plugins-shim/pipeline";
import { createEmbeddedOrganization } from "../../../simulator/organization/embeddedOrganization";
import { classifyError } from "../../../plugins-shim/client";

const SID = `AC${"a".repeat(32)}`;
const TOKEN = "b".repeat(32);

describe("pipeline: PreValidation validation steps", () => {
  it("cancels an invalid socialprofile create with the rule's diagnostics and saves nothing", async () => {
    const { client, service } = createEmbeddedOrganization();
    const error = await service.create("socialprofile", { profilelink: "javascript:alert(1)" }).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidPluginExecutionError);
    expect(error.diagnostics).toEqual([expect.objectContaining({ column: "profilelink", code: "unsafeUrl" })]);
    expect(error.message).toContain("profilelink");
    expect(classifyError(error).kind).toBe("businessRule");
    expect((await client.retrieveMultipleRecords("socialprofile")).entities).toHaveLength(0);
  });

  it("holds WhatsApp accounts to the form's rules (application-required, Twilio formats) on Create", async () => {
    const { service } = createEmbeddedOrganization();
    const error = await service
      .create("msdyn_ocwhatsappchannelaccount", { msdyn_name: "A", msdyn_provideraccountid: "nope" })
      .catch((e) => e);
    const columns = (error as InvalidPluginExecutionError).diagnostics.map((found) => `${found.column}:${found.code}`);
    expect(columns).toEqual(expect.arrayContaining(["msdyn_provideraccountid:format", "msdyn_authenticationtoken:required"]));
  });

  it("lets a valid record through to the organization, which still enforces the schema", async () => {
    const { client, service } = createEmbeddedOrganization();
    const id = await service.create("msdyn_ocwhatsappchannelaccount", {
      msdyn_name: "Contoso",
      msdyn_provideraccountid: SID,
      msdyn_providertype: 192350000,
      msdyn_authenticationtoken: TOKEN,
      msdyn_secureauthenticationtoken: TOKEN,
    });
    expect((await client.retrieveRecord("msdyn_ocwhatsappchannelaccount", id)).msdyn_name).toBe("Contoso");
  });

  it("stores a pasted SID and token trimmed: what is checked is what is stored", async () => {
    const { client, service } = createEmbeddedOrganization();
    const id = await service.create("msdyn_ocwhatsappchannelaccount", {
      msdyn_name: "Contoso",
      msdyn_provideraccountid: `  ${SID} `,
      msdyn_providertype: 192350000,
      msdyn_authenticationtoken: ` ${TOKEN}`,
      msdyn_secureauthenticationtoken: TOKEN,
    });
    expect(await client.retrieveRecord("msdyn_ocwhatsappchannelaccount", id)).toMatchObject({
      msdyn_provideraccountid: SID,
      msdyn_authenticationtoken: TOKEN,
    });
    await expect(
      client.createRecord("msdyn_ocwhatsappchannelaccount", { msdyn_name: "Direct", msdyn_provideraccountid: ` AC${"c".repeat(32)}` }),
    ).rejects.toMatchObject({
      message: expect.stringContaining("msdyn_provideraccountid"),
    });
  });

  it("validates only the changed columns on Update and refuses create-only columns", async () => {
    const { service } = createEmbeddedOrganization();
    const id = await service.create("socialprofile", { profilename: "a", community: 2 });
    await service.update("socialprofile", id, { profilefullname: "Ada" });
    await expect(service.update("socialprofile", id, { msdyn_phonenumber: "call me" })).rejects.toBeInstanceOf(InvalidPluginExecutionError);
    const refused = await service.update("socialprofile", id, { community: 1 }).catch((e) => e);
    expect(refused.diagnostics).toEqual([expect.objectContaining({ column: "community", messageKey: "validation.createOnly" })]);
    const sentiment = await service.update("socialactivity", id, { sentimentvalue: 1 }).catch((e) => e);
    expect(sentiment.diagnostics[0].column).toBe("sentimentvalue");
    expect((await service.retrieve("socialprofile", id, ["community", "profilefullname"])).community).toBe(2);
  });
});

describe("pipeline: registry and execution context", () => {
  it("runs steps by message, table and stage with target, id and pre-image", async () => {
    const seen: string[] = [];
    const contexts: ExecutionContext[] = [];
    const registry = new PluginRegistry().register(
      {
        name: "pre",
        message: "Create",
        table: "contact",
        stage: "PreValidation",
        execute: (c) => {
          seen.push("pre");
          c.target.firstname = "Set by step";
        },
      },
      {
        name: "post",
        message: "Create",
        table: "contact",
        stage: "PostOperation",
        execute: (c) => {
          seen.push(`post:${c.id !== undefined}`);
        },
      },
      {
        name: "upd",
        message: "Update",
        table: "contact",
        stage: "PreValidation",
        execute: (c) => {
          contexts.push(c);
        },
      },
      {
        name: "other",
        message: "Create",
        table: "socialprofile",
        stage: "PreValidation",
        execute: () => {
          seen.push("wrong table");
        },
      },
    );
    const { service, client } = createEmbeddedOrganization({}, registry);
    const id = await service.create("contact", { lastname: "Lovelace" });
    expect(seen).toEqual(["pre", "post:true"]);
    expect((await client.retrieveRecord("contact", id)).fullname).toBe("Set by step Lovelace");
    await service.update("contact", id, { lastname: "Byron" });
    expect(contexts[0]).toMatchObject({ message: "Update", stage: "PreValidation", id, target: { lastname: "Byron" } });
    expect(contexts[0].preImage).toMatchObject({ lastname: "Lovelace" });
  });

  it("rolls a create back when a PostOperation step fails", async () => {
    const registry = new PluginRegistry().register({
      name: "fails",
      message: "Create",
      table: "contact",
      stage: "PostOperation",
      execute: () => {
        throw new InvalidPluginExecutionError("contact", []);
      },
    });
    const { service, client } = createEmbeddedOrganization({}, registry);
    await expect(service.create("contact", { lastname: "X" })).rejects.toBeInstanceOf(InvalidPluginExecutionError);
    expect((await client.retrieveMultipleRecords("contact")).entities).toHaveLength(0);
  });

  it("stops steps that call themselves at the platform's depth limit", async () => {
    let deepest = 0;
    const registry = new PluginRegistry().register({
      name: "recursive",
      message: "Create",
      table: "contact",
      stage: "PreValidation",
      execute: async (c) => {
        deepest = Math.max(deepest, c.depth);
        await c.service.create("contact", { lastname: "again" });
      },
    });
    const { service } = createEmbeddedOrganization({}, registry);
    await expect(service.create("contact", { lastname: "X" })).rejects.toThrow(/deeper than/);
    expect(deepest).toBe(MAX_DEPTH);
  });
});

describe("organization service over a DataverseClient", () => {
  it("sends $select and an encoded eq/and $filter the Web API understands", async () => {
    const calls: string[] = [];
    const inner = new InMemoryDataverse();
    const spy: DataverseClient = {
      createRecord: (t, d) => inner.createRecord(t, d),
      updateRecord: (t, i, d) => inner.updateRecord(t, i, d),
      deleteRecord: (t, i) => inner.deleteRecord(t, i),
      retrieveRecord: (t, i, o) => inner.retrieveRecord(t, i, o),
      retrieveMultipleRecords: (t, o, m) => {
        calls.push(o ?? "");
        return inner.retrieveMultipleRecords(t, o, m);
      },
    };
    const service = createPipelineService(createClientOrganizationService(spy), new PluginRegistry());
    await service.create("socialprofile", { profilename: "R&D's #1", community: 2 });
    await service.create("socialprofile", { profilename: "R&D's #1", community: 1 });
    const found = await service.retrieveMultiple(
      "socialprofile",
      { profilename: "r&d's #1", community: 2, statecode: 0 },
      ["profilename"],
      5,
    );
    expect(found).toHaveLength(1);
    expect(calls[0]).toBe(
      `?$select=profilename&$filter=${encodeURIComponent("profilename eq 'r&d''s #1' and community eq 2 and statecode eq 0")}&$top=5`,
    );
  });
});

describe("organization service over a DataverseClient: filter literals", () => {
  it("quotes a GUID-looking value of a text column and leaves lookup ids bare", async () => {
    const { createClientOrganizationService } = await import("../../../plugins-shim/pipeline/clientOrganizationService");
    const queries: (string | undefined)[] = [];
    const client = {
      retrieveMultipleRecords: async (_table: string, options?: string) => {
        queries.push(options);
        return { entities: [] };
      },
    } as unknown as import("../../../plugins-shim/client").DataverseClient;
    const id = "2f9c5a5e-1b7e-4e3a-9d4b-1a2b3c4d5e6f";
    await createClientOrganizationService(client).retrieveMultiple("socialprofile", { profilename: id, _customerid_value: id });
    expect(decodeURIComponent(queries[0]!)).toContain(`profilename eq '${id}' and _customerid_value eq ${id}`);
  });
});
