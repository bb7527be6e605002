/** @jest-environment node */
import { odataString } from "../../../plugins-shim/client";
import { matchesFilter, parseODataQuery } from "../../../plugins-shim/client/odataQuery";

describe("odataString", () => {
  it("doubles single quotes so a value cannot close the literal", () => {
    expect(odataString("O'Brien")).toBe("'O''Brien'");
    expect(odataString("x' or msdyn_name ne '")).toBe("'x'' or msdyn_name ne '''");
  });

  it("round-trips through an OData $filter parser", () => {
    const name = "Contoso's 'WhatsApp'";
    const query = parseODataQuery(`?$filter=msdyn_name eq ${encodeURIComponent(odataString(name))}`);
    expect(matchesFilter({ msdyn_name: name }, query.filter!)).toBe(true);
    expect(matchesFilter({ msdyn_name: "Contoso" }, query.filter!)).toBe(false);
  });
});
