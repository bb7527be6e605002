/** @jest-environment node */
import { OrgUrlError, parseOrgUrl, resolveOrg } from "../../dataverse-node/orgUrl";
import { IN_MEMORY_WEB_API_PATH } from "../../simulator/organization/inMemoryDataverse";

describe("resolveOrg", () => {
  it("takes --org before DATAVERSE_URL, and DATAVERSE_URL without the flag", () => {
    const env = { DATAVERSE_URL: "https://fabrikam.crm4.dynamics.com" };
    expect(resolveOrg("https://contoso.crm.dynamics.com", env)?.origin).toBe("https://contoso.crm.dynamics.com");
    expect(resolveOrg(undefined, env)?.origin).toBe("https://fabrikam.crm4.dynamics.com");
    expect(resolveOrg(undefined, {})).toBeUndefined();
  });

  it("derives the Web API URL and the token scope <org>/.default", () => {
    expect(parseOrgUrl("https://contoso.crm.dynamics.com/")).toEqual({
      origin: "https://contoso.crm.dynamics.com",
      webApiUrl: `https://contoso.crm.dynamics.com${IN_MEMORY_WEB_API_PATH}`,
      scope: "https://contoso.crm.dynamics.com/.default",
    });
  });

  it("refuses plain http but on a loopback address, and any path, query or credentials", () => {
    expect(() => parseOrgUrl("http://contoso.crm.dynamics.com")).toThrow(OrgUrlError);
    expect(parseOrgUrl("http://127.0.0.1:5555").scope).toBe("http://127.0.0.1:5555/.default");
    expect(() => parseOrgUrl("https://contoso.crm.dynamics.com/api")).toThrow(/without a path/);
    expect(() => parseOrgUrl("https://contoso.crm.dynamics.com/?x=1")).toThrow(OrgUrlError);
    expect(() => parseOrgUrl("https://user:pw@contoso.crm.dynamics.com")).toThrow(OrgUrlError);
    expect(() => parseOrgUrl("contoso")).toThrow(/Not an org address/);
  });
});
