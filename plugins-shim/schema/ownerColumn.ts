import { ColumnMetadata } from "./types";

/**
 * `ownerid` as every user- or team-owned table has it: the platform's Owner lookup to a user or a
 * team, system-required, filled with the caller when a create leaves it out. One definition for
 * every table here, so the tables can't drift apart.
 */
export const OWNER_COLUMN: ColumnMetadata = {
  logicalName: "ownerid",
  displayName: "Owner",
  type: "owner",
  requiredLevel: "systemRequired",
  targets: ["systemuser", "team"],
  platformDefault: true,
};
