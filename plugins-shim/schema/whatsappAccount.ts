import { TableMetadata } from "./types";
import { ACTIVE_INACTIVE_STATE_CHOICES, ACTIVE_INACTIVE_STATUS_CHOICES } from "./stateChoices";
import { ENTITY_SETS } from "./entitySets";

/** msdyn_ocwhatsappchannelaccount (seed 003) and the Twilio formats of DATAVERSE-FACTS.md. */

/** Twilio Account SID: "AC" and 32 hex digits (34 characters). */
export const TWILIO_ACCOUNT_SID = /^AC[0-9a-fA-F]{32}$/;
/** Twilio Auth Token: 32 hex digits in practice (Twilio publishes no pattern). */
export const TWILIO_AUTH_TOKEN = /^[0-9a-fA-F]{32}$/;

export const WHATSAPP_STATE_CHOICES = ACTIVE_INACTIVE_STATE_CHOICES;

export const WHATSAPP_STATUS_CHOICES = ACTIVE_INACTIVE_STATUS_CHOICES;

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
    msdyn_ocwhatsappchannelaccountid: {
      logicalName: "msdyn_ocwhatsappchannelaccountid",
      displayName: "WhatsApp Account",
      description: "Unique identifier for entity instances",
      type: "uniqueidentifier",
      requiredLevel: "systemRequired",
      platformDefault: true,
    },
    msdyn_name: {
      logicalName: "msdyn_name",
      displayName: "Name",
      description: "The name of the custom entity.",
      type: "string",
      maxLength: 100,
      requiredLevel: "applicationRequired",
    },
    msdyn_provideraccountid: {
      logicalName: "msdyn_provideraccountid",
      displayName: "Account SID",
      description: "The account ID of 3rd party provider",
      type: "string",
      maxLength: 255,
      requiredLevel: "applicationRequired",
      pattern: { regex: TWILIO_ACCOUNT_SID, messageKey: "validation.format.accountSid" },
    },
    msdyn_authenticationtoken: {
      ...authToken,
      logicalName: "msdyn_authenticationtoken",
      displayName: "Auth token",
      description: "Authentication token of WhatsApp account.",
      satisfiedBy: ["msdyn_secureauthenticationtoken"],
    },
    msdyn_secureauthenticationtoken: {
      ...authToken,
      logicalName: "msdyn_secureauthenticationtoken",
      displayName: "OC Auth token",
      description: "OC Authentication token of WhatsApp account.",
      secured: true,
    },
    msdyn_twilioinboundurl: {
      logicalName: "msdyn_twilioinboundurl",
      displayName: "Twilio inbound URL",
      description: "URL for Twilio inbound request",
      type: "string",
      maxLength: 500,
      requiredLevel: "none",
      format: "url",
      platformGenerated: true,
    },
    ownerid: {
      logicalName: "ownerid",
      displayName: "Owner",
      description: "Owner Id",
      type: "owner",
      requiredLevel: "systemRequired",
      targets: ["systemuser", "team"],
      platformDefault: true,
    },
    statecode: {
      logicalName: "statecode",
      displayName: "Status",
      description: "Status of the WhatsApp Channel Account",
      type: "state",
      requiredLevel: "systemRequired",
      choices: WHATSAPP_STATE_CHOICES,
      notValidForCreate: true,
      platformDefault: true,
    },
    statuscode: {
      logicalName: "statuscode",
      displayName: "Status Reason",
      description: "Reason for the status of the WhatsApp Channel Account",
      type: "status",
      requiredLevel: "none",
      choices: WHATSAPP_STATUS_CHOICES,
    },
  },
};
