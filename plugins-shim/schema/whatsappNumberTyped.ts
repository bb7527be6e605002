import { TableMetadata } from "./types";
import { ENTITY_SETS } from "./entitySets";

/**
 * The WhatsApp number table (msdyn_ocwhatsappchannelnumber) with only the two columns an admin
 * types, as the admin center's WhatsApp numbers page asks for them (name, number): what the
 * wizard validates, without the rest of the table (whatsappNumber.ts, where the sources are).
 *
 * The E.164 check (`+`, then 8–15 digits, the first not 0) is this project's rule: the column is
 * plain text (100). The admin center asks for "the WhatsApp phone number by prefixing the plus (+)
 * symbol" (MicrosoftDocs ce/customer-service/administer/configure-whatsapp-channel.md); E.164
 * numbers have at most 15 digits.
 */

/** A WhatsApp number as Twilio writes it, without the `whatsapp:` prefix. */
export const E164_NUMBER = /^\+[1-9]\d{7,14}$/;

export const WHATSAPP_NUMBER_TYPED: TableMetadata = {
  logicalName: "msdyn_ocwhatsappchannelnumber",
  entitySetName: ENTITY_SETS.msdyn_ocwhatsappchannelnumber,
  primaryIdAttribute: "msdyn_ocwhatsappchannelnumberid",
  primaryNameAttribute: "msdyn_name",
  displayName: "WhatsApp number",
  columns: {
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
  },
};
