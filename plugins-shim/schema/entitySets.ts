/**
 * Entity set names (EntitySetName in the Web API reference) by table logical name: a lookup's
 * `@odata.bind` names its target by entity set. Kept apart from the tables' column metadata so a
 * bundle that validates one table does not carry every other table's columns; each table's
 * metadata takes its `entitySetName` from here, so there is one spelling of each.
 */
export const ENTITY_SETS = {
  socialprofile: "socialprofiles",
  msdyn_ocwhatsappchannelaccount: "msdyn_ocwhatsappchannelaccounts",
  msdyn_ocwhatsappchannelnumber: "msdyn_ocwhatsappchannelnumbers",
  msdyn_ocprovisioningstate: "msdyn_ocprovisioningstates",
  socialactivity: "socialactivities",
  contact: "contacts",
  // Lookup targets whose columns the schema does not model.
  account: "accounts",
  systemuser: "systemusers",
  team: "teams",
  msdyn_octwitterhandle: "msdyn_octwitterhandles",
  // The WhatsApp number's workstream and language (EntitySetName on their reference pages).
  msdyn_liveworkstream: "msdyn_liveworkstreams",
  msdyn_oclanguage: "msdyn_oclanguages",
  // Webhook registration (server/register.ts and the Web API double's dispatcher; no control reads them).
  serviceendpoint: "serviceendpoints",
  sdkmessage: "sdkmessages",
  sdkmessagefilter: "sdkmessagefilters",
  sdkmessageprocessingstep: "sdkmessageprocessingsteps",
  sdkmessageprocessingstepimage: "sdkmessageprocessingstepimages",
} as const;

export function entitySetOf(table: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(ENTITY_SETS, table) ? ENTITY_SETS[table as keyof typeof ENTITY_SETS] : undefined;
}

/**
 * A table's primary key column, as a bind names it (`/contacts(contactid=<id>)`): `<table>id`, but
 * `activityid` for activities, whose key they take from activitypointer.
 */
const PRIMARY_IDS: Readonly<Record<string, string>> = { socialactivity: "activityid" };

export const primaryIdOf = (table: string): string =>
  Object.prototype.hasOwnProperty.call(PRIMARY_IDS, table) ? PRIMARY_IDS[table] : `${table}id`;
