import { account } from "./account";
import { contact } from "./contact";
import { socialactivity } from "./socialactivity";
import { socialprofile } from "./socialprofile";
import { TableMetadata } from "./types";
import { msdyn_ocwhatsappchannelaccount } from "./whatsappAccount";
import { msdyn_ocwhatsappchannelnumber } from "./whatsappNumber";
import { msdyn_ocprovisioningstate } from "./provisioningState";

export * from "./types";
export * from "./socialprofile";
export * from "./whatsappAccount";
export * from "./whatsappNumber";
export * from "./whatsappNumberTyped";
export * from "./provisioningState";
export * from "./provisioningStateStatus";
export * from "./socialactivity";
export * from "./contact";
export * from "./account";

/** Every table the rules know, by logical name. */
export const TABLES: Readonly<Record<string, TableMetadata>> = {
  socialprofile,
  msdyn_ocwhatsappchannelaccount,
  msdyn_ocwhatsappchannelnumber,
  msdyn_ocprovisioningstate,
  socialactivity,
  contact,
  account,
};

export function getTable(logicalName: string): TableMetadata | undefined {
  return Object.prototype.hasOwnProperty.call(TABLES, logicalName) ? TABLES[logicalName] : undefined;
}
