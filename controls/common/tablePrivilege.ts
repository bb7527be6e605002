import { PCF_DEPTH_BASIC, PCF_PRIVILEGE } from "../../plugins-shim/ownership/model";

/**
 * What `utils.hasEntityPrivilege` says of the user's Write privilege on `socialprofile`:
 * true / false, or undefined when the host has no such check or it throws (pcf-start, canvas),
 * which leaves the answer to the server. Table-level only: a user with user-level Write still
 * fails on a colleague's record.
 */
export function socialProfileWritePrivilege(utils: Partial<ComponentFramework.Utility> | undefined): boolean | undefined {
  if (typeof utils?.hasEntityPrivilege !== "function") return undefined;
  try {
    return utils.hasEntityPrivilege("socialprofile", PCF_PRIVILEGE.Write, PCF_DEPTH_BASIC);
  } catch {
    return undefined;
  }
}
