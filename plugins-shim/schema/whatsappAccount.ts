import { ChoiceOption, TableMetadata } from "./types";
import { ACTIVE_INACTIVE_STATE_CHOICES, ACTIVE_INACTIVE_STATUS_CHOICES } from "./stateChoices";
import { ENTITY_SETS } from "./entitySets";
import { OWNER_COLUMN } from "./ownerColumn";

/**
 * msdyn_ocwhatsappchannelaccount (seed 003; docs/platform-facts.md#msdyn_ocwhatsappchannelaccount-seed-003) and the Twilio formats
 * (docs/platform-facts.md#the-admin-centers-whatsapp-flow-what-admins-already-know).
 */

/** Twilio Account SID: "AC" and 32 hex digits (34 characters). */
export const TWILIO_ACCOUNT_SID = /^AC[0-9a-fA-F]{32}$/;
/** Twilio Auth Token: 32 hex digits in practice (Twilio publishes no pattern). */
export const TWILIO_AUTH_TOKEN = /^[0-9a-fA-F]{32}$/;

export const WHATSAPP_STATE_CHOICES = ACTIVE_INACTIVE_STATE_CHOICES;

export const WHATSAPP_STATUS_CHOICES = ACTIVE_INACTIVE_STATUS_CHOICES;

/**
 * msdyn_providertype, "Channel Provider for Whatsapp Channel": not in seed 003, which predates it.
 * Microsoft's current table reference lists it (learn.microsoft.com/dynamics365/field-service/
 * developer/reference/entities/msdyn_ocwhatsappchannelaccount); the values and the
 * application-required level are those of issue 20 item 2 (Twilio and Azure Communication
 * Services also appear, with these values, in generated early-bound typings of the table; Meta is
 * the newest). Twilio, the provider this wizard sets up, is the form's default only: the column
 * has no default, so a Web API create must send it.
 */
export const PROVIDER_TYPE_TWILIO = 192350000;
export const WHATSAPP_PROVIDER_CHOICES: readonly ChoiceOption[] = [
  { value: PROVIDER_TYPE_TWILIO, label: "Twilio", labelKey: "providerType.twilio" },
  { value: 192350001, label: "Azure Communication Services", labelKey: "providerType.azureCommunicationServices" },
  { value: 192350002, label: "Meta", labelKey: "providerType.meta" },
];

const authToken = {
  type: "string",
  maxLength: 255,
  requiredLevel: "applicationRequired",
  pattern: { regex: TWILIO_AUTH_TOKEN, messageKey: "validation.format.authToken" },
} as const;

export const msdyn_ocwhatsappchannelaccount: TableMetadata = {
  logicalName: "msdyn_ocwhatsappchannelaccount",
  entitySetName: ENTITY_SETS.msdyn_ocwhatsappchannelaccount,
  primaryIdAttribute: "msdyn_ocwhatsappchannelaccountid",
  primaryNameAttribute: "msdyn_name",
  displayName: "WhatsApp account",
  columns: {
    /** Unique identifier for entity instances */
    msdyn_ocwhatsappchannelaccountid: {
      logicalName: "msdyn_ocwhatsappchannelaccountid",
      displayName: "WhatsApp Account",
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
    /** The account ID of 3rd party provider */
    msdyn_provideraccountid: {
      logicalName: "msdyn_provideraccountid",
      displayName: "Account SID",
      type: "string",
      maxLength: 255,
      requiredLevel: "applicationRequired",
      pattern: { regex: TWILIO_ACCOUNT_SID, messageKey: "validation.format.accountSid" },
    },
    /** Channel Provider for Whatsapp Channel */
    msdyn_providertype: {
      logicalName: "msdyn_providertype",
      displayName: "Provider type",
      type: "choice",
      requiredLevel: "applicationRequired",
      choices: WHATSAPP_PROVIDER_CHOICES,
    },
    /** Authentication token of WhatsApp account. */
    msdyn_authenticationtoken: {
      ...authToken,
      logicalName: "msdyn_authenticationtoken",
      displayName: "Auth token",
      satisfiedBy: ["msdyn_secureauthenticationtoken"],
    },
    /** OC Authentication token of WhatsApp account. */
    msdyn_secureauthenticationtoken: {
      ...authToken,
      logicalName: "msdyn_secureauthenticationtoken",
      displayName: "OC Auth token",
      secured: true,
    },
    /** URL for Twilio inbound request */
    msdyn_twilioinboundurl: {
      logicalName: "msdyn_twilioinboundurl",
      displayName: "Twilio inbound URL",
      type: "string",
      maxLength: 500,
      requiredLevel: "none",
      format: "url",
      platformGenerated: true,
    },
    /** Owner Id */
    ownerid: OWNER_COLUMN,
    /** Status of the WhatsApp Channel Account */
    statecode: {
      logicalName: "statecode",
      displayName: "Status",
      type: "state",
      requiredLevel: "systemRequired",
      choices: WHATSAPP_STATE_CHOICES,
      notValidForCreate: true,
      platformDefault: true,
    },
    /** Reason for the status of the WhatsApp Channel Account */
    statuscode: {
      logicalName: "statuscode",
      displayName: "Status Reason",
      type: "status",
      requiredLevel: "none",
      choices: WHATSAPP_STATUS_CHOICES,
    },
  },
};
