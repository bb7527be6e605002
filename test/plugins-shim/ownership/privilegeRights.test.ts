/** @jest-environment node */
import fc from "fast-check";
import { AccessRight, NO_ACCESS, rightsOfPrivileges } from "../../../plugins-shim/ownership/accessRights";
import { privilegeCeiling } from "../../../plugins-shim/ownership/effectiveAccess";
import { PCF_PRIVILEGE, type AccessLevel, type Privilege } from "../../../plugins-shim/ownership/model";

const PRIVILEGES = Object.keys(PCF_PRIVILEGE) as Privilege[];
const LEVELS: AccessLevel[] = ["none", "user", "businessUnit", "parentChild", "organization"];

describe("the one privilege → access right table", () => {
  it("grants, for each privilege held, the access right of the same name (Web API AccessRights)", () => {
    fc.assert(
      fc.property(fc.subarray(PRIVILEGES), (held) => {
        const expected = held.reduce((mask, privilege) => mask | AccessRight[privilege], NO_ACCESS);
        expect(rightsOfPrivileges((privilege) => held.includes(privilege))).toBe(expected);
      }),
    );
  });

  it("is the sharing ceiling: every privilege at any level but none", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...PRIVILEGES), fc.constantFrom(...LEVELS)), (privileges) => {
        const user = { id: "u", name: "U", disabled: false, businessUnitId: "bu", privileges };
        const held = PRIVILEGES.filter((privilege) => privileges[privilege] !== undefined && privileges[privilege] !== "none");
        expect(privilegeCeiling(user)).toBe(rightsOfPrivileges((privilege) => held.includes(privilege)));
      }),
    );
  });
});
