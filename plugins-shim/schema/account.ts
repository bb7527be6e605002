import { TableMetadata } from "./types";
import { ACTIVE_INACTIVE_STATE_CHOICES, ACTIVE_INACTIVE_STATUS_CHOICES } from "./stateChoices";
import { ENTITY_SETS } from "./entitySets";
import { OWNER_COLUMN } from "./ownerColumn";

/**
 * account: the other table a customer column (socialprofile.customerid, the activity's authors)
 * points at. Only the columns this project reads: the id, the name (text 160, application-required)
 * and the account number (text 20), the state pair and the owner, as in Microsoft's account table
 * reference (MicrosoftDocs/powerapps-docs, reference/entities/account.md). Loaded from `--existing`
 * so a profile's customer resolves to a contact or an account.
 */
export const account: TableMetadata = {
  logicalName: "account",
  entitySetName: ENTITY_SETS.account,
  primaryIdAttribute: "accountid",
  primaryNameAttribute: "name",
  displayName: "Account",
  columns: {
    /** Unique identifier of the account. */
    accountid: {
      logicalName: "accountid",
      displayName: "Account",
      type: "uniqueidentifier",
      requiredLevel: "systemRequired",
      platformDefault: true,
    },
    /** The company or business name. */
    name: {
      logicalName: "name",
      displayName: "Account Name",
      type: "string",
      requiredLevel: "applicationRequired",
      maxLength: 160,
    },
    /** An ID number or code for the account. */
    accountnumber: {
      logicalName: "accountnumber",
      displayName: "Account Number",
      type: "string",
      requiredLevel: "none",
      maxLength: 20,
    },
    /** Whether the account is active or inactive. */
    statecode: {
      logicalName: "statecode",
      displayName: "Status",
      type: "state",
      requiredLevel: "systemRequired",
      choices: ACTIVE_INACTIVE_STATE_CHOICES,
      notValidForCreate: true,
      platformDefault: true,
    },
    /** The reason for the account's status. */
    statuscode: {
      logicalName: "statuscode",
      displayName: "Status Reason",
      type: "status",
      requiredLevel: "none",
      choices: ACTIVE_INACTIVE_STATUS_CHOICES,
    },
    /** The user or team who owns the account. */
    ownerid: OWNER_COLUMN,
  },
};
