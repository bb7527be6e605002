import { ChoiceOption } from "./types";

/** The state / status pairs of Dataverse's standard user-owned tables: 0 Active ↔ 1, 1 Inactive ↔ 2. */
export const ACTIVE_INACTIVE_STATE_CHOICES: readonly ChoiceOption[] = [
  { value: 0, label: "Active", labelKey: "state.active" },
  { value: 1, label: "Inactive", labelKey: "state.inactive" },
];

export const ACTIVE_INACTIVE_STATUS_CHOICES: readonly ChoiceOption[] = [
  { value: 1, label: "Active", labelKey: "status.active", state: 0 },
  { value: 2, label: "Inactive", labelKey: "status.inactive", state: 1 },
];
