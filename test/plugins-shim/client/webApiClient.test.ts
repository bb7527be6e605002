/** @jest-environment node */
import { createWebApiClient, ErrorCodes, WebApiLike } from "../../../plugins-shim/client";

function webApi(overrides: Partial<WebApiLike>): WebApiLike {
  const unused = () => Promise.reject(new Error("not used"));
  return {
    createRecord: unused,
    updateRecord: unused,
    deleteRecord: unused,
    retrieveRecord: unused,
    retrieveMultipleRecords: unused,
    ...overrides,
  };
}

describe("createWebApiClient", () => {
  it("passes calls through and fills a missing entityType", async () => {
    const createRecord = jest.fn().mockResolvedValue({ id: "1" });
    const client = createWebApiClient(webApi({ createRecord }));
    await expect(client.createRecord("msdyn_ocwhatsappchannelaccount", { msdyn_name: "A" })).resolves.toEqual({
      id: "1",
      entityType: "msdyn_ocwhatsappchannelaccount",
    });
    expect(createRecord).toHaveBeenCalledWith("msdyn_ocwhatsappchannelaccount", { msdyn_name: "A" });
  });

  it("rejects with the error code normalized (errorCode >>> 0)", async () => {
    const client = createWebApiClient(
      webApi({ updateRecord: () => Promise.reject({ errorCode: ErrorCodes.PrivilegeDenied | 0, message: "denied" }) }),
    );
    await expect(client.updateRecord("t", "id", {})).rejects.toEqual({ errorCode: ErrorCodes.PrivilegeDenied, message: "denied" });
  });

  it("reports a dropped connection as status 0", async () => {
    const client = createWebApiClient(webApi({ retrieveRecord: () => Promise.reject(new TypeError("Failed to fetch")) }));
    await expect(client.retrieveRecord("t", "id")).rejects.toMatchObject({ errorCode: 0, status: 0 });
  });

  it("returns nextLink only when there is one", async () => {
    const client = createWebApiClient(
      webApi({ retrieveMultipleRecords: jest.fn().mockResolvedValueOnce({ entities: [], nextLink: undefined }) }),
    );
    await expect(client.retrieveMultipleRecords("t", "?$select=a")).resolves.toEqual({ entities: [] });
  });
});
