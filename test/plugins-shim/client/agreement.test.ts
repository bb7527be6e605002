/** @jest-environment node */
import fc from "fast-check";
import { InMemoryDataverse } from "../../../simulator/organization/inMemoryDataverse";
import { validateRecord } from "../../../plugins-shim/rules";
import { ColumnMetadata, TableMetadata, TABLES } from "../../../plugins-shim/schema";
import { createStatusValue, creatableColumns, invalidCases, validValue } from "../rules/arbitraries";

/**
 * One truth: `validate` (validateRecord on a create) and the in-memory organization must agree on
 * every record — valid, invalid, with annotation keys, `_x_value` keys and binds of every kind.
 * The one thing `validate` can't know is whether a bound row exists (it sees one record, not the
 * organization), so binds to tables the organization holds point at rows it has.
 */

const isLookupColumn = (column: ColumnMetadata) => ["lookup", "customer", "owner"].includes(column.type);
/** Web API navigation names, written out here rather than taken from the code under test. */
const bindKeysOf = (_table: TableMetadata, column: ColumnMetadata): string[] =>
  column.type === "owner" || (column.type === "lookup" && (column.targets ?? []).length <= 1)
    ? [`${column.logicalName}@odata.bind`]
    : (column.targets ?? []).map((target) => `${column.logicalName}_${target}@odata.bind`);

/** Binds may also be absolute Web API URIs (a test of that form, not a call to an endpoint). */
const ABSOLUTE = `https://contoso.crm.dynamics.com/api/data/v9.2/`;

const EXISTING: Record<string, string> = {};
const org = new InMemoryDataverse({ requiredLevel: "form", uniqueKeys: {} });
[EXISTING.contact] = org.seed("contact", [{ lastname: "Known" }]);
[EXISTING.account] = org.seed("account", [{ name: "Known" }]);
[EXISTING.socialprofile] = org.seed("socialprofile", [{ profilename: "known", community: 2 }]);
[EXISTING.socialactivity] = org.seed("socialactivity", [{ subject: "known" }]);
// Issue 22: WhatsApp numbers and provisioning states bind to a WhatsApp account the organization holds.
[EXISTING.msdyn_ocwhatsappchannelaccount] = org.seed("msdyn_ocwhatsappchannelaccount", [
  {
    msdyn_name: "Known",
    msdyn_provideraccountid: `AC${"0".repeat(32)}`,
    msdyn_providertype: 192350000,
    msdyn_secureauthenticationtoken: "0".repeat(32),
  },
]);
const ENTITY_SETS = [
  "contacts",
  "accounts",
  "systemusers",
  "teams",
  "socialprofiles",
  "socialactivities",
  "msdyn_octwitterhandles",
  "nosuchset",
];
const SET_TABLE: Record<string, string> = {
  contacts: "contact",
  accounts: "account",
  socialprofiles: "socialprofile",
  socialactivities: "socialactivity",
};

/** A bind the column takes: one of its navigation keys, with a row of the right table. */
function goodBind(table: TableMetadata, column: ColumnMetadata): fc.Arbitrary<[string, unknown]> {
  const pairs = bindKeysOf(table, column).flatMap((key) => {
    const suffix = key.slice(column.logicalName.length + 1, -"@odata.bind".length);
    const targets = suffix ? [suffix] : (column.targets ?? []);
    return targets.map((target) => [key, target] as const);
  });
  const sets: Record<string, string> = {
    account: "accounts",
    contact: "contacts",
    systemuser: "systemusers",
    team: "teams",
    socialprofile: "socialprofiles",
    msdyn_octwitterhandle: "msdyn_octwitterhandles",
    msdyn_ocwhatsappchannelaccount: "msdyn_ocwhatsappchannelaccounts",
    msdyn_liveworkstream: "msdyn_liveworkstreams",
    msdyn_oclanguage: "msdyn_oclanguages",
  };
  return fc
    .tuple(fc.constantFrom(...pairs), fc.uuid(), fc.constantFrom("/", ABSOLUTE))
    .map(([[key, target], id, prefix]) => [key, `${prefix}${sets[target]}(${EXISTING[target] ?? id})`]);
}

/** Bind values of every kind: relative, absolute, braces, wrong set, malformed, null. */
const bindValue: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...ENTITY_SETS), fc.uuid(), fc.constantFrom("/", "", ABSOLUTE))
    .map(([set, id, prefix]) => `${prefix}${set}(${SET_TABLE[set] ? EXISTING[SET_TABLE[set]] : id})`),
  fc.constantFrom(
    null,
    "contacts/42",
    `/contacts(${"0".repeat(8)})`,
    42,
    "https://contoso.example/contacts(x)",
    `/contacts({${EXISTING.contact.toUpperCase()}})`,
  ),
);

function keyArbitrary(table: TableMetadata): fc.Arbitrary<[string, unknown]> {
  const columns = Object.values(table.columns);
  const lookups = columns.filter(isLookupColumn);
  const plain = columns.map((c) => c.logicalName);
  const bindKeys = lookups.flatMap((c) => bindKeysOf(table, c));
  const wrongBindKeys = [
    ...plain.map((n) => `${n}@odata.bind`),
    ...lookups.map((c) => `${c.logicalName}_x_contact@odata.bind`),
    "@odata.bind",
  ];
  const readKeys = [
    ...plain.map((n) => `_${n}_value`),
    ...lookups.map((c) => `_${c.logicalName}_value@Microsoft.Dynamics.CRM.lookuplogicalname`),
  ];
  const annotations = ["@odata.etag", ...plain.map((n) => `${n}@OData.Community.Display.V1.FormattedValue`)];
  const columnValue = (column: ColumnMetadata): fc.Arbitrary<unknown> => {
    const invalid = invalidCases(column).map((c) => c.value);
    const valid = column.type === "status" ? createStatusValue(table) : validValue(column);
    return fc.oneof({ arbitrary: valid, weight: 3 }, ...invalid.map((arbitrary) => ({ arbitrary, weight: 1 })));
  };
  return fc.oneof(
    // Built once per column (building a stringMatching arbitrary is the dear part).
    { arbitrary: fc.oneof(...columns.map((c) => columnValue(c).map((v) => [c.logicalName, v] as [string, unknown]))), weight: 6 },
    { arbitrary: fc.tuple(fc.constantFrom(...bindKeys), bindValue), weight: 2 },
    ...lookups.map((c) => ({ arbitrary: goodBind(table, c), weight: 1 })),
    { arbitrary: fc.tuple(fc.constantFrom(...wrongBindKeys), bindValue), weight: 1 },
    { arbitrary: fc.tuple(fc.constantFrom(...readKeys), fc.oneof(fc.uuid(), fc.constantFrom("contact", "account", null))), weight: 1 },
    { arbitrary: fc.tuple(fc.constantFrom(...annotations), fc.string()), weight: 1 },
    { arbitrary: fc.tuple(fc.string({ maxLength: 12 }), fc.anything()), weight: 1 },
  );
}

/** Mostly records that carry the required columns, so valid records are common too. */
function recordArbitrary(table: TableMetadata): fc.Arbitrary<Record<string, unknown>> {
  const required = creatableColumns(table).filter((c) => c.requiredLevel === "applicationRequired" || c.requiredLevel === "systemRequired");
  const requiredEntries = required.map((c) =>
    isLookupColumn(c)
      ? goodBind(table, c)
      : fc.tuple(fc.constant(c.logicalName), c.type === "status" ? createStatusValue(table) : validValue(c)),
  );
  return fc
    .tuple(
      fc.tuple(...requiredEntries),
      fc.array(keyArbitrary(table), { maxLength: 3 }),
      fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
    )
    .map(([base, extra, keepBase]) => Object.fromEntries([...(keepBase ? base : []), ...extra]));
}

describe.each(Object.values(TABLES).map((t) => [t.logicalName, t] as const))(
  "validate and the in-memory organization agree on %s",
  (_name, table) => {
    it("on 10,000 generated records, valid and invalid", async () => {
      const runs = Number(process.env.AGREEMENT_RUNS ?? 10_000);
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(recordArbitrary(table), async (record) => {
          const problems = validateRecord(table, record, { operation: "create" });
          let refusal: unknown;
          try {
            const { id } = await org.createRecord(table.logicalName, record);
            await org.deleteRecord(table.logicalName, id);
          } catch (error) {
            refusal = error;
          }
          // Plain checks, not expect(): this runs 40,000 times.
          if (refusal !== undefined && !(refusal instanceof Error && refusal.message && !String(refusal).includes("[object Object]"))) {
            throw new Error(`refused with something that is no Error with a message: ${String(refusal)}`);
          }
          if ((refusal !== undefined) !== problems.length > 0) {
            const what = refusal ? `the organization refused (${(refusal as Error).message})` : "the organization accepted";
            throw new Error(`validate found ${JSON.stringify(problems)} but ${what}`);
          }
          if (problems.length === 0) accepted += 1;
        }),
        { numRuns: runs },
      );
      // Both outcomes must really be exercised.
      expect(accepted).toBeGreaterThan(runs * 0.1);
      expect(accepted).toBeLessThan(runs * 0.9);
    });
  },
);
