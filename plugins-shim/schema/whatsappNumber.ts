import { TableMetadata } from "./types";
import { ACTIVE_INACTIVE_STATE_CHOICES, ACTIVE_INACTIVE_STATUS_CHOICES } from "./stateChoices";
import { WHATSAPP_NUMBER_TYPED } from "./whatsappNumberTyped";
import { OWNER_COLUMN } from "./ownerColumn";

/**
 * msdyn_ocwhatsappchannelnumber, "WhatsApp numbers for Omnichannel integration" (not in the seeds).
 * Source: Microsoft's entity reference, MicrosoftDocs/dynamics-365-customer-engagement
 * ce/customer-service/develop/reference/entities/msdyn_ocwhatsappchannelnumber.md
 * (learn.microsoft.com/dynamics365/customer-service/develop/reference/entities/msdyn_ocwhatsappchannelnumber):
 * EntitySetName msdyn_ocwhatsappchannelnumbers, user-owned, primary name msdyn_name; every type,
 * length and required level below is that page's. The account's side of the relationship
 * (msdyn_ocwhatsappchannelaccount.md, One-to-Many) names it
 * msdyn_ocwhatsappchannelaccount_msdyn_ocwhatsappchannelnumber_ocwhatsappaccountid, referencing
 * attribute msdyn_ocwhatsappaccountid.
 *
 * Not on the page, so NOT CONFIRMED there: the single-valued navigation property a create binds
 * (`msdyn_ocwhatsappaccountid@odata.bind`). The reference lists no
 * ReferencingEntityNavigationPropertyName; the column's logical name is what Dataverse uses for a
 * lookup created with the table, and the generated early-bound typings of the table spell the
 * bind `msdyn_ocwhatsappaccountid_bind$msdyn_ocwhatsappchannelaccounts`.
 *
 * The two columns an admin types (name, number) and the number's E.164 rule live in
 * whatsappNumberTyped.ts, so the wizard's bundle carries only them.
 */

export const msdyn_ocwhatsappchannelnumber: TableMetadata = {
  ...WHATSAPP_NUMBER_TYPED,
  columns: {
    /** Unique identifier for WhatsApp entity instances */
    msdyn_ocwhatsappchannelnumberid: {
      logicalName: "msdyn_ocwhatsappchannelnumberid",
      displayName: "WhatsApp number",
      type: "uniqueidentifier",
      requiredLevel: "systemRequired",
      platformDefault: true,
    },
    msdyn_name: WHATSAPP_NUMBER_TYPED.columns.msdyn_name,
    msdyn_organizationphonenumber: WHATSAPP_NUMBER_TYPED.columns.msdyn_organizationphonenumber,
    /** Identity of associated WhatsApp account */
    msdyn_ocwhatsappaccountid: {
      logicalName: "msdyn_ocwhatsappaccountid",
      displayName: "WhatsApp account",
      type: "lookup",
      requiredLevel: "applicationRequired",
      targets: ["msdyn_ocwhatsappchannelaccount"],
    },
    /**
     * Work stream of WhatsApp number. Application-required, but the admin center's account wizard
     * does not ask for it: the workstream's "Set up WhatsApp" selects the number later
     * (configure-whatsapp-channel.md). The wizard leaves it, and the language, empty likewise.
     */
    msdyn_liveworkstreamid: {
      logicalName: "msdyn_liveworkstreamid",
      displayName: "Work stream",
      type: "lookup",
      requiredLevel: "applicationRequired",
      targets: ["msdyn_liveworkstream"],
    },
    /** The language setting for the WhatsApp number */
    msdyn_ocwidgetlanguage: {
      logicalName: "msdyn_ocwidgetlanguage",
      displayName: "WhatsApp number language",
      type: "lookup",
      requiredLevel: "applicationRequired",
      targets: ["msdyn_oclanguage"],
    },
    /** Owner Id */
    ownerid: OWNER_COLUMN,
    /** Status of the WhatsApp number */
    statecode: {
      logicalName: "statecode",
      displayName: "Status",
      type: "state",
      requiredLevel: "systemRequired",
      choices: ACTIVE_INACTIVE_STATE_CHOICES,
      notValidForCreate: true,
      platformDefault: true,
    },
    /** Reason for the status of the WhatsApp number */
    statuscode: {
      logicalName: "statuscode",
      displayName: "Status Reason",
      type: "status",
      requiredLevel: "none",
      choices: ACTIVE_INACTIVE_STATUS_CHOICES,
    },
  },
};
