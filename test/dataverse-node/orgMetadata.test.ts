/** @jest-environment node */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { validateRecord } from "../../plugins-shim/rules";
import { socialprofile, TABLES } from "../../plugins-shim/schema";
import {
  connect,
  loadTableDefinition,
  metadataDifferences,
  readOrgTableDefinition,
  saveTableDefinition,
  tableFromMetadata,
} from "../../dataverse-node";
import { startWebApiDouble, WebApiDouble } from "../../simulator/webApi/webApiDouble";
import { CUSTOM_COMMUNITY, CUSTOMIZED_TABLES } from "../simulator/webApi/customTables";
import { TokenDouble } from "./tokenDouble";

// dynamics-web-api sends through http_proxy when it is set and reads no NO_PROXY: the double is on 127.0.0.1.
delete process.env.http_proxy;

let double: WebApiDouble;
const credential = new TokenDouble();

async function definitionOf(table: string) {
  const { client, org } = connect({ org: double.url, env: {}, credential });
  return readOrgTableDefinition(client, org.origin, table, () => new Date("2026-01-01T00:00:00Z"));
}

afterEach(async () => {
  await double.close();
});

describe("the org's table definition → TableMetadata", () => {
  it.each(Object.keys(TABLES))("%s served from the shipped schema reads back with no difference", async (table) => {
    double = await startWebApiDouble();
    const definition = await definitionOf(table);
    const read = tableFromMetadata(definition, TABLES[table]);
    expect(metadataDifferences(TABLES[table], read)).toEqual([]);
    expect(read.entitySetName).toBe(TABLES[table].entitySetName);
    // Four requests: the table with its attributes, then the options of each choice type.
    expect(double.requests).toHaveLength(4);
  });

  it("a customized org: judged by the org's metadata, not the seeds', and the differences said once", async () => {
    double = await startWebApiDouble({ tables: CUSTOMIZED_TABLES });
    const read = tableFromMetadata(await definitionOf("socialprofile"), socialprofile);
    expect(metadataDifferences(socialprofile, read)).toEqual([
      "profilename: maxLength 100 → 200",
      `community: choice ${CUSTOM_COMMUNITY} (Mastodon) only in the org`,
    ]);
    const record = { profilename: "x".repeat(150), community: CUSTOM_COMMUNITY };
    expect(
      validateRecord(socialprofile, record, { operation: "create" })
        .map((found) => found.column)
        .sort(),
    ).toEqual(["community", "profilename"]);
    expect(validateRecord(read, record, { operation: "create" })).toEqual([]);
    expect(validateRecord(read, { profilename: "x".repeat(201) }, { operation: "create" }).map((found) => found.code)).toEqual([
      "maxLength",
    ]);
  });

  it("saves the definition as the org's own words and reads it back offline", async () => {
    double = await startWebApiDouble({ tables: CUSTOMIZED_TABLES });
    const definition = await definitionOf("socialprofile");
    const file = path.join(mkdtempSync(path.join(tmpdir(), "metadata-")), "socialprofile.json");
    await saveTableDefinition(file, definition);
    expect(await loadTableDefinition(file, "socialprofile")).toEqual(definition);
    await expect(loadTableDefinition(file, "contact")).rejects.toThrow(/not contact/);
  });
});
