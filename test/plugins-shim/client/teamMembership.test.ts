/** @jest-environment node */
import type { DataverseClient } from "../../../plugins-shim/client/DataverseClient";
import { readTeamIds } from "../../../plugins-shim/client/teamMembership";

/** The one teammembership read the ownership client and the gallery share. */
function client(rows: Record<string, unknown>[]) {
  const retrieveMultipleRecords = jest.fn(async () => ({ entities: rows }));
  return { data: { retrieveMultipleRecords } as unknown as DataverseClient, retrieveMultipleRecords };
}

describe("readTeamIds", () => {
  it("asks teammembership for the user's rows, the id bare and lower-case, and returns bare lower-case team ids", async () => {
    const { data, retrieveMultipleRecords } = client([
      { teamid: "{AAAAAAAA-0000-0000-0000-000000000001}" },
      { teamid: "bbbbbbbb-0000-0000-0000-000000000002" },
    ]);
    await expect(readTeamIds(data, "{CCCCCCCC-0000-0000-0000-000000000003}")).resolves.toEqual([
      "aaaaaaaa-0000-0000-0000-000000000001",
      "bbbbbbbb-0000-0000-0000-000000000002",
    ]);
    expect(retrieveMultipleRecords).toHaveBeenCalledWith(
      "teammembership",
      "?$select=teamid&$filter=systemuserid eq cccccccc-0000-0000-0000-000000000003",
    );
  });

  it("returns no ids for a user on no team, and passes a failure on to the caller's retry", async () => {
    await expect(readTeamIds(client([]).data, "cccccccc-0000-0000-0000-000000000003")).resolves.toEqual([]);
    const failing = {
      retrieveMultipleRecords: () => Promise.reject({ errorCode: 0x80072322, message: "throttled" }),
    } as unknown as DataverseClient;
    await expect(readTeamIds(failing, "x")).rejects.toEqual({ errorCode: 0x80072322, message: "throttled" });
  });
});
