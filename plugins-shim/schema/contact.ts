import { TableMetadata } from "./types";
import { ACTIVE_INACTIVE_STATE_CHOICES, ACTIVE_INACTIVE_STATUS_CHOICES } from "./stateChoices";
import { ENTITY_SETS } from "./entitySets";

/**
 * contact: only the columns social post intake writes. `fullname` is computed by the platform
 * from first and last name (IsValidForCreate false), so intake writes firstname / lastname and
 * reads fullname back. lastname is application-required: a form rule the server doesn't enforce.
 */

export const CONTACT_STATE_CHOICES = ACTIVE_INACTIVE_STATE_CHOICES;

export const CONTACT_STATUS_CHOICES = ACTIVE_INACTIVE_STATUS_CHOICES;

export const contact: TableMetadata = {
  logicalName: "contact",
  entitySetName: ENTITY_SETS.contact,
  primaryIdAttribute: "contactid",
  primaryNameAttribute: "fullname",
  displayName: "Contact",
  columns: {
    contactid: {
      logicalName: "contactid",
      displayName: "Contact",
      description: "Unique identifier of the contact.",
      type: "uniqueidentifier",
      requiredLevel: "systemRequired",
      platformDefault: true,
    },
    firstname: {
      logicalName: "firstname",
      displayName: "First Name",
      description: "The contact's first name.",
      type: "string",
      requiredLevel: "recommended",
      maxLength: 50,
    },
    lastname: {
      logicalName: "lastname",
      displayName: "Last Name",
      description: "The contact's last name.",
      type: "string",
      requiredLevel: "applicationRequired",
      maxLength: 50,
    },
    fullname: {
      logicalName: "fullname",
      displayName: "Full Name",
      description: "First and last name, computed by the platform.",
      type: "string",
      requiredLevel: "none",
      maxLength: 160,
      notValidForCreate: true,
      platformGenerated: true,
    },
    statecode: {
      logicalName: "statecode",
      displayName: "Status",
      description: "Whether the contact is active or inactive.",
      type: "state",
      requiredLevel: "systemRequired",
      choices: CONTACT_STATE_CHOICES,
      notValidForCreate: true,
      platformDefault: true,
    },
    statuscode: {
      logicalName: "statuscode",
      displayName: "Status Reason",
      description: "The reason for the contact's status.",
      type: "status",
      requiredLevel: "none",
      choices: CONTACT_STATUS_CHOICES,
    },
    ownerid: {
      logicalName: "ownerid",
      displayName: "Owner",
      description: "The user or team who owns the contact.",
      type: "owner",
      requiredLevel: "systemRequired",
      targets: ["systemuser", "team"],
      platformDefault: true,
    },
  },
};
