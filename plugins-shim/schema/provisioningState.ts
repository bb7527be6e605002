import { ChoiceOption, TableMetadata } from "./types";
import { ENTITY_SETS } from "./entitySets";
import { PROVISIONING_STATUS as S } from "./provisioningStateStatus";
import { OWNER_COLUMN } from "./ownerColumn";

/**
 * msdyn_ocprovisioningstate, "Provisioning state" (not in the seeds). Source: Microsoft's entity
 * reference, MicrosoftDocs/dynamics-365-customer-engagement
 * ce/customer-service/develop/reference/entities/msdyn_ocprovisioningstate.md
 * (learn.microsoft.com/dynamics365/developer/reference/entities/msdyn_ocprovisioningstate):
 * EntitySetName msdyn_ocprovisioningstates, user-owned, primary name msdyn_name. It points at the
 * WhatsApp account through its own lookup msdyn_ocwhatsappchannelaccountid (required level None),
 * relationship msdyn_ocwhatsappchannelaccount_msdyn_ocprovisioningstate_msdyn_ocwhatsappchannelaccountId
 * (listed on the account's page too); the same table serves Facebook, LINE, Teams, voice and
 * phone-number channels through lookups of their own, which are left out here.
 *
 * Not on the page (NOT CONFIRMED): who writes these rows and in which order. The wizard reads them
 * as the stock account form's provisioning subgrid does; the fakes assume the platform writes one
 * row per account, Draft → Processing → Running, or Error with msdyn_errormessage.
 */

const ACTIVE_STATES: readonly ChoiceOption[] = [
  { value: 0, label: "Active", labelKey: "state.active" },
  { value: 1, label: "Inactive", labelKey: "state.inactive" },
];

export const PROVISIONING_STATUS_CHOICES: readonly ChoiceOption[] = [
  { value: S.draft, label: "Draft", labelKey: "provisioningState.draft", state: 0 },
  { value: S.processing, label: "Processing", labelKey: "provisioningState.processing", state: 0 },
  { value: S.running, label: "Running", labelKey: "provisioningState.running", state: 0 },
  { value: S.error, label: "Error", labelKey: "provisioningState.error", state: 0 },
  { value: S.deprovisioning, label: "Deprovisioning", labelKey: "provisioningState.deprovisioning", state: 0 },
  { value: S.deprovisioned, label: "Deprovisioned", labelKey: "provisioningState.deprovisioned", state: 1 },
];

export const msdyn_ocprovisioningstate: TableMetadata = {
  logicalName: "msdyn_ocprovisioningstate",
  entitySetName: ENTITY_SETS.msdyn_ocprovisioningstate,
  primaryIdAttribute: "msdyn_ocprovisioningstateid",
  primaryNameAttribute: "msdyn_name",
  displayName: "Provisioning State",
  columns: {
    /** Unique identifier for entity instances */
    msdyn_ocprovisioningstateid: {
      logicalName: "msdyn_ocprovisioningstateid",
      displayName: "Provisioning State",
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
    /** Additional details: the text the wizard shows when provisioning fails. */
    msdyn_errormessage: {
      logicalName: "msdyn_errormessage",
      displayName: "Additional details",
      type: "memo",
      maxLength: 8192,
      requiredLevel: "none",
    },
    /** Related WhatsApp Account */
    msdyn_ocwhatsappchannelaccountid: {
      logicalName: "msdyn_ocwhatsappchannelaccountid",
      displayName: "WhatsApp Account",
      type: "lookup",
      requiredLevel: "none",
      targets: ["msdyn_ocwhatsappchannelaccount"],
    },
    /** Owner Id */
    ownerid: OWNER_COLUMN,
    /** Status of the Provisioning State (0 Active, default status Draft; 1 Inactive, default Deprovisioned). */
    statecode: {
      logicalName: "statecode",
      displayName: "Status",
      type: "state",
      requiredLevel: "systemRequired",
      choices: ACTIVE_STATES,
      notValidForCreate: true,
      platformDefault: true,
    },
    /** Reason for the status of the Provisioning State */
    statuscode: {
      logicalName: "statuscode",
      displayName: "Status Reason",
      type: "status",
      requiredLevel: "none",
      choices: PROVISIONING_STATUS_CHOICES,
    },
  },
};
