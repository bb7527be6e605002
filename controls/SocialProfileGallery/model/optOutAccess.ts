import type { OptOutLock } from "../../common/optOutLock";
import { isInactive, SocialProfileData } from "../../common/profileData";

/** What the host says about writing the opt-out, the same for every card of the gallery. */
export interface OptOutAccess {
  /** The maker's "Allow opt-out changes in the gallery". */
  enabled: boolean;
  /** A Web API client exists (hosts without one cannot save). */
  canSave: boolean;
  /** The opt-out column is in the dataset (bound or from the view). */
  columnMapped: boolean;
  /** `mode.isControlDisabled`: the form or the subgrid is read-only. */
  formDisabled: boolean;
  /**
   * `utils.hasEntityPrivilege(socialprofile, Write, Basic)`. Table-level only: a user with
   * user-level depth has it and still fails on a colleague's row (see rowDenied).
   */
  canWrite: boolean;
}

/** The lock shared by every card, or null when each row decides for itself. */
export function galleryOptOutLock(access: OptOutAccess): OptOutLock | null {
  if (!access.enabled || !access.canSave) return "notEnabled";
  if (!access.columnMapped) return "notBound";
  if (access.formDisabled) return "formReadOnly";
  if (!access.canWrite) return "noPrivilege";
  return null;
}

/**
 * One card's lock: the gallery's, else an inactive row (model-driven apps open inactive
 * records read-only), else what a failed save on this very row taught (privilege depth or
 * column security), else editable.
 */
export function rowOptOutLock(galleryLock: OptOutLock | null, profile: Pick<SocialProfileData, "state">, rowDenied: OptOutLock | undefined): OptOutLock | null {
  if (galleryLock !== null) return galleryLock;
  if (isInactive(profile)) return "recordInactive";
  return rowDenied ?? null;
}
