import { TableMetadata } from "./types";
import { ACTIVE_INACTIVE_STATE_CHOICES, ACTIVE_INACTIVE_STATUS_CHOICES } from "./stateChoices";
import { ENTITY_SETS } from "./entitySets";
import { OWNER_COLUMN } from "./ownerColumn";

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
    /** Unique identifier of the contact. */
    contactid: {
      logicalName: "contactid",
      displayName: "Contact",
      type: "uniqueidentifier",
      requiredLevel: "systemRequired",
      platformDefault: true,
    },
    /** The contact's first name. */
    firstname: {
      logicalName: "firstname",
      displayName: "First Name",
      type: "string",
      requiredLevel: "recommended",
      maxLength: 50,
    },
    /** The contact's last name. */
    lastname: {
      logicalName: "lastname",
      displayName: "Last Name",
      type: "string",
      requiredLevel: "applicationRequired",
      maxLength: 50,
    },
    /** First and last name, computed by the platform. */
    fullname: {
      logicalName: "fullname",
      displayName: "Full Name",
      type: "string",
      requiredLevel: "none",
      maxLength: 160,
      notValidForCreate: true,
      platformGenerated: true,
    },
    /** Whether the contact is active or inactive. */
    statecode: {
      logicalName: "statecode",
      displayName: "Status",
      type: "state",
      requiredLevel: "systemRequired",
      choices: CONTACT_STATE_CHOICES,
      notValidForCreate: true,
      platformDefault: true,
    },
    /** The reason for the contact's status. */
    statuscode: {
      logicalName: "statuscode",
      displayName: "Status Reason",
      type: "status",
      requiredLevel: "none",
      choices: CONTACT_STATUS_CHOICES,
    },
    /** The user or team who owns the contact. */
    ownerid: OWNER_COLUMN,
  },
};
