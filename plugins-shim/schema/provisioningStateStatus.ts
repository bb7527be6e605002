/**
 * Status reasons (statuscode) of msdyn_ocprovisioningstate, from Microsoft's entity reference
 * (MicrosoftDocs/dynamics-365-customer-engagement
 * ce/customer-service/develop/reference/entities/msdyn_ocprovisioningstate.md): all but
 * Deprovisioned belong to state 0 Active. Kept apart from the table's columns so the wizard
 * carries these numbers only.
 */
export const PROVISIONING_STATUS = {
  draft: 192350001,
  processing: 192350002,
  running: 192350003,
  error: 192350004,
  deprovisioning: 192350005,
  deprovisioned: 192350006,
} as const;

export type ProvisioningStatusName = keyof typeof PROVISIONING_STATUS;
