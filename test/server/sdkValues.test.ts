/**
 * The RemoteExecutionContext value parser: DataContractJsonSerializer's dates and `__type` hints
 * (the shapes of the webhook sample body in "Use webhooks to create external handlers for server
 * events") turned into Web API shaped values, and malformed input refused with where it was.
 * @jest-environment node
 */
import fc from "fast-check";
import {
  ContextShapeError,
  isEntityReference,
  isSdkEntity,
  parseEntity,
  parseKeyValues,
  parseValue,
  UnsupportedValue,
} from "../../server/sdkValues";

/** A zone suffix as the serializer writes it: ±hhmm. */
const zone = fc
  .tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 30, 45))
  .map(([sign, h, m]) => `${sign}${String(h).padStart(2, "0")}${String(m).padStart(2, "0")}`);
/** Milliseconds as the parser reads them: up to 15 digits, all within what a JavaScript Date holds. */
const instant = fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 });

describe("parseValue", () => {
  it("reads /Date(ms±zone)/ as the instant ms after 1970 UTC, whatever the zone", () => {
    fc.assert(
      fc.property(instant, fc.option(zone, { nil: undefined }), (ms, offset) => {
        expect(parseValue(`/Date(${ms}${offset ?? ""})/`, "d")).toBe(new Date(ms).toISOString());
      }),
    );
  });

  it("keeps other text, numbers, booleans and null as they are", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string().filter((s) => !s.startsWith("/Date(")),
          fc.double({ noNaN: true }),
          fc.boolean(),
          fc.constant(null),
        ),
        (value) => {
          expect(parseValue(value, "v")).toBe(value);
        },
      ),
    );
  });

  it("reads OptionSetValue and Money as their Value, and refuses one without a number", () => {
    fc.assert(
      fc.property(fc.constantFrom("OptionSetValue", "Money"), fc.integer(), (type, value) => {
        expect(parseValue({ __type: `${type}:http://schemas.microsoft.com/xrm/2011/Contracts`, Value: value }, "v")).toBe(value);
      }),
    );
    expect(() => parseValue({ __type: "Money:http://schemas.microsoft.com/xrm/2011/Contracts", Value: "12" }, "Target.revenue")).toThrow(
      new ContextShapeError("Target.revenue.Value: a number expected"),
    );
  });

  it("reads an EntityReference as { entityType, id }", () => {
    const value = parseValue(
      {
        __type: "EntityReference:http://schemas.microsoft.com/xrm/2011/Contracts",
        LogicalName: "contact",
        Id: "00000000-0000-0000-0000-000000000001",
        Name: null,
      },
      "v",
    );
    expect(value).toEqual({ entityType: "contact", id: "00000000-0000-0000-0000-000000000001" });
    expect(isEntityReference(value)).toBe(true);
    expect(() => parseValue({ __type: "EntityReference:x", LogicalName: "contact", Id: 1 }, "Target.parentcustomerid")).toThrow(
      new ContextShapeError("Target.parentcustomerid.Id: text expected"),
    );
  });

  it("reads an entity with or without its __type (the sample's post-image has none)", () => {
    const attributes = [{ key: "name", value: "Ada" }];
    for (const entity of [
      { __type: "Entity:x", LogicalName: "account", Id: "id-1", Attributes: attributes },
      { LogicalName: "account", Id: "id-1", Attributes: attributes },
    ]) {
      const value = parseValue(entity, "v");
      expect(isSdkEntity(value)).toBe(true);
      expect(value).toMatchObject({ logicalName: "account", id: "id-1", attributes: { name: "Ada" } });
    }
  });

  it("marks arrays and types it does not model as unsupported, by type name", () => {
    expect(parseValue([1, 2], "v")).toEqual(new UnsupportedValue("Array"));
    expect(parseValue({ __type: "EntityCollection:http://schemas.microsoft.com/xrm/2011/Contracts", Entities: [] }, "v")).toEqual(
      new UnsupportedValue("EntityCollection"),
    );
    expect(parseValue({ some: "object" }, "v")).toEqual(new UnsupportedValue("Object"));
  });
});

describe("parseKeyValues", () => {
  it("turns a key/value list into an object whose keys are the list's, __proto__ included", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.string(), fc.integer()), { selector: ([key]) => key, maxLength: 8 }), (pairs) => {
        const parsed = parseKeyValues(
          pairs.map(([key, value]) => ({ key, value })),
          "a",
        );
        expect(Object.keys(parsed).sort()).toEqual(pairs.map(([key]) => key).sort());
        for (const [key, value] of pairs) expect(parsed[key]).toBe(value);
      }),
    );
    expect(Object.getPrototypeOf(parseKeyValues([{ key: "__proto__", value: 1 }], "a"))).toBeNull();
  });

  it("refuses a key given twice, and a list that is not one, naming where", () => {
    expect(() =>
      parseKeyValues(
        [
          { key: "name", value: "a" },
          { key: "name", value: "b" },
        ],
        "Target.Attributes",
      ),
    ).toThrow(new ContextShapeError('Target.Attributes: "name" given twice'));
    expect(() => parseKeyValues({ name: "a" }, "Target.Attributes")).toThrow(
      new ContextShapeError("Target.Attributes: a key/value list expected"),
    );
    expect(() => parseEntity({ LogicalName: "account", Id: "1", Attributes: {} }, "PostEntityImages[0]")).toThrow(
      new ContextShapeError("PostEntityImages[0].Attributes: a key/value list expected"),
    );
  });
});
