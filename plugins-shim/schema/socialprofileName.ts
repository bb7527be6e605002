import type { ColumnMetadata } from "./types";

/**
 * socialprofile.profilename, the handle of the profile on its social channel. In a file of its
 * own (socialprofile.ts takes it from here) because the card and the gallery check this one
 * column and should not carry the whole table's metadata for it.
 */
export const PROFILE_NAME_COLUMN: ColumnMetadata = {
  logicalName: "profilename",
  displayName: "Profile Name",
  type: "string",
  requiredLevel: "none",
  maxLength: 100,
};
