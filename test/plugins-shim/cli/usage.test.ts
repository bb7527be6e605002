/** @jest-environment node */
import { describeFailure } from "../../../plugins-shim/cli/usage";
import { InMemoryDataverse } from "../../../simulator/organization/inMemoryDataverse";

describe("describeFailure: a sentence for anything a command can throw", () => {
  it("prints a { errorCode, message } rejection's message and code, never [object Object]", () => {
    expect(describeFailure({ errorCode: 0x80040217, message: "socialprofile With Id = 1 Does Not Exist" })).toBe(
      "socialprofile With Id = 1 Does Not Exist (error 0x80040217)",
    );
    expect(describeFailure({ errorCode: -2147220969, message: "signed" })).toBe("signed (error 0x80040217)");
    expect(describeFailure({ unexpected: true })).toBe('Unexpected failure: {"unexpected":true}');
    expect(describeFailure(new Error("plain"))).toBe("plain");
  });

  it("gets Error instances with a message from the in-memory organization", async () => {
    const error = await new InMemoryDataverse()
      .retrieveRecord("socialprofile", "0f0f0f0f-0000-4000-8000-00000000dead")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(describeFailure(error)).toMatch(/socialprofile With Id = .* Does Not Exist/);
    expect(error).toMatchObject({ errorCode: 0x80040217, status: 404 });
  });
});
