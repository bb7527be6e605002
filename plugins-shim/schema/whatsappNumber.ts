import { TableMetadata } from "./types";
import { ACTIVE_INACTIVE_STATE_CHOICES, ACTIVE_INACTIVE_STATUS_CHOICES } from "./stateChoices";
import { ENTITY_SETS } from "./entitySets";

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
 * The E.164 check (`+`, then 8–15 digits, the first not 0) is this project's rule: the column is
 * plain text (100). The admin center's WhatsApp numbers page asks for "the WhatsApp phone number
 * by prefixing the plus (+) symbol" (configure-whatsapp-channel.md); E.164 allows at most 15 digits.
 */

/** A WhatsApp number as Twilio sends it, without the `whatsapp:` prefix. */
export const E164_NUMBER = /^\+[1-9]\d{7,14}$/;

export const msdyn_ocwhatsappchannelnumber: TableMetadata = {
  logicalName: "msdyn_ocwhatsappchannelnumber",
  entitySetName: ENTITY_SETS.msdyn_ocwhatsappchannelnumber,
  primaryIdAttribute: "msdyn_ocwhatsappchannelnumberid",
  primaryNameAttribute: "msdyn_name",
  displayName: "WhatsApp number",
  columns: {
    /** Unique identifier for WhatsApp entity instances */
    msdyn_ocwhatsappchannelnumberid: {
      logicalName: "msdyn_ocwhatsappchannelnumberid",
      displayName: "WhatsApp number",
      type: "uniqueidentifier",
      requiredLevel: "systemRequired",
      platformDefault: true,
    },
    /** The name of the custom entity. */
    msdyn_name: {
      logicalName: "msdyn_name",
      displayName: "Name",
      type: "string",
      maxLength: 100,
      requiredLevel: "applicationRequired",
    },
    /** Phone number for a WhatsApp account */
    msdyn_organizationphonenumber: {
      logicalName: "msdyn_organizationphonenumber",
      displayName: "Phone number",
      type: "string",
      maxLength: 100,
      requiredLevel: "systemRequired",
      pattern: { regex: E164_NUMBER, messageKey: "validation.format.whatsAppNumber" },
    },
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
    ownerid: {
      logicalName: "ownerid",
      displayName: "Owner",
      type: "owner",
      requiredLevel: "systemRequired",
      targets: ["systemuser", "team"],
      platformDefault: true,
    },
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
