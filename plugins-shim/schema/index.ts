import { socialprofile } from "./socialprofile";
import { TableMetadata } from "./types";
import { msdyn_ocwhatsappchannelaccount } from "./whatsappAccount";

export * from "./types";
export * from "./socialprofile";
export * from "./whatsappAccount";

/** Every table the rules know, by logical name. */
export const TABLES: Readonly<Record<string, TableMetadata>> = {
  socialprofile,
  msdyn_ocwhatsappchannelaccount,
};

export function getTable(logicalName: string): TableMetadata | undefined {
  return Object.prototype.hasOwnProperty.call(TABLES, logicalName) ? TABLES[logicalName] : undefined;
}
