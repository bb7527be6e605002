import { resolveLock, type LockFacts, type OptOutLock } from "../../common/optOutLock";
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

/**
 * The first reason (resolveLock's order) that holds for every card, or null when none does. Any
 * non-null value locks every card; a row may still name a more specific reason (rowOptOutLock).
 */
export function galleryOptOutLock(access: OptOutAccess): OptOutLock | null {
  return resolveLock({
    notEnabled: !access.enabled || !access.canSave,
    notBound: !access.columnMapped,
    noPrivilege: !access.canWrite,
    formReadOnly: access.formDisabled,
  });
}

/**
 * One card's lock: the gallery's reason together with the row's own, an inactive row (model-driven
 * apps open inactive records read-only) and what a failed save on this very row taught (privilege
 * depth or column security), decided in resolveLock's order like the form's card.
 */
export function rowOptOutLock(
  galleryLock: OptOutLock | null,
  profile: Pick<SocialProfileData, "state">,
  rowDenied: OptOutLock | undefined,
): OptOutLock | null {
  // The gallery's lock is the first of its reasons, so it stands for all of them here.
  const facts: LockFacts = { recordInactive: isInactive(profile) };
  if (galleryLock) facts[galleryLock] = true;
  if (rowDenied) facts[rowDenied] = true;
  return resolveLock(facts);
}
