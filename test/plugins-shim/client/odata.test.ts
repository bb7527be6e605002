/** @jest-environment node */
import { nextPageOptions, odataString } from "../../../plugins-shim/client";
import { IN_MEMORY_ORGANIZATION_URI } from "../../../simulator/organization/inMemoryDataverse";
import { matchesFilter, parseODataQuery } from "../../../simulator/organization/odataQuery";

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

describe("nextPageOptions", () => {
  it("keeps the query part of a nextLink, from the first '?' on", () => {
    const link = `${IN_MEMORY_ORGANIZATION_URI}/api/data/v9.0/accounts?$select=name&$skiptoken=%3Ccookie%20pagenumber=%222%22%20/%3E`;
    expect(nextPageOptions(link)).toBe("?$select=name&$skiptoken=%3Ccookie%20pagenumber=%222%22%20/%3E");
    expect(nextPageOptions("?$skiptoken=2")).toBe("?$skiptoken=2");
  });

  it("refuses a link without a query rather than asking for the first page again", () => {
    expect(() => nextPageOptions(`${IN_MEMORY_ORGANIZATION_URI}/api/data/v9.0/accounts`)).toThrow();
  });
});
