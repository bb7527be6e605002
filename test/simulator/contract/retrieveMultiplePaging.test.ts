/** @jest-environment node */
/**
 * Contract of the in-memory organization's `retrieveMultipleRecords` paging, the behaviour every
 * DataverseClient caller relies on (ownership, the gallery's team read, intake). Each claim names
 * its source; the fake must keep them.
 */
import { nextPageOptions } from "../../../plugins-shim/client";
import {
  IN_MEMORY_ORGANIZATION_URI,
  IN_MEMORY_WEB_API_PATH,
  InMemoryDataverse,
  MAX_PAGE_SIZE,
} from "../../../simulator/organization/inMemoryDataverse";

const ROWS = MAX_PAGE_SIZE + 3;
const guid = (i: number): string => `00000000-0000-4000-8000-${i.toString(16).padStart(12, "0")}`;

function organizationWithContacts(count: number): InMemoryDataverse {
  const org = new InMemoryDataverse();
  org.seed(
    "contact",
    Array.from({ length: count }, (_, i) => ({ contactid: guid(i + 1), lastname: `Contact ${i + 1}` })),
  );
  return org;
}

/** Every page, following nextLink's query part (retrieveMultipleRecords reference: "use the query part … as the value for the options parameter"). */
async function allPages(org: InMemoryDataverse, options: string, maxPageSize?: number): Promise<number[]> {
  const sizes: number[] = [];
  let next: string | undefined = options;
  while (next !== undefined) {
    const page = await org.retrieveMultipleRecords("contact", next, maxPageSize);
    sizes.push(page.entities.length);
    next = page.nextLink === undefined ? undefined : nextPageOptions(page.nextLink);
  }
  return sizes;
}

describe("retrieveMultipleRecords paging (contract of the in-memory organization)", () => {
  const org = organizationWithContacts(ROWS);

  it("answers at most 5,000 rows when no page size is given, with a nextLink for the rest", async () => {
    // PCF webAPI retrieveMultipleRecords: "If you do not specify this parameter, the default value is passed as 5,000."
    const first = await org.retrieveMultipleRecords("contact", "?$select=lastname");
    expect(first.entities).toHaveLength(5000);
    expect(first.nextLink).toBeDefined();
    expect(await allPages(org, "?$select=lastname")).toEqual([5000, ROWS - 5000]);
  });

  it("ignores a page size above 5,000", async () => {
    // Web API "Page results by using OData": "The service ignores max page size requests larger than 5,000".
    const first = await org.retrieveMultipleRecords("contact", "?$select=lastname", 6000);
    expect(first.entities).toHaveLength(5000);
  });

  it("pages by the size asked for, every row once, and the last page has no nextLink", async () => {
    // RetrieveMultipleResponse.nextLink: present "if the number of records being retrieved is more than the value specified in the maxPageSize".
    const sizes = await allPages(org, "?$select=lastname", 2000);
    expect(sizes).toEqual([2000, 2000, ROWS - 4000]);
    const ids = new Set<unknown>();
    let next: string | undefined = "?$select=contactid";
    while (next !== undefined) {
      const page = await org.retrieveMultipleRecords("contact", next, 2000);
      for (const entity of page.entities) ids.add(entity.contactid);
      next = page.nextLink === undefined ? undefined : nextPageOptions(page.nextLink);
    }
    expect(ids.size).toBe(ROWS);
  });

  it("gives nextLink as a whole URL of the organization's Web API", async () => {
    // retrieveMultipleRecords reference example: "[Organization URI]/api/data/v9.0/accounts?$select=name&$skiptoken=…".
    const { nextLink } = await org.retrieveMultipleRecords("contact", "?$select=lastname", 10);
    expect(nextLink?.startsWith(`${IN_MEMORY_ORGANIZATION_URI}${IN_MEMORY_WEB_API_PATH}contacts?`)).toBe(true);
    expect(new URL(nextLink!).searchParams.get("$select")).toBe("lastname");
  });

  it("gives no nextLink when $top limits the answer below the page size", async () => {
    // Web API "Page results": $top limits the rows and is not paging ("Learn about using the $top query option to limit the number of rows").
    const top = await org.retrieveMultipleRecords("contact", "?$select=lastname&$top=7");
    expect(top.entities).toHaveLength(7);
    expect(top.nextLink).toBeUndefined();
  });
});
