/**
 * Why the card shows the opt-out as a read-only value instead of a switch. `null` means the
 * agent may change it. Hosts decide the reason (the field control from the form and the bound
 * property, the gallery from its maker option and the record); the view only renders it.
 */
export type OptOutLock =
  /** The property is not bound to a column (or the view has no such column): a change would go nowhere. */
  | "notBound"
  /** The form is read-only (read-only form type, no write privilege) or the control is disabled. */
  | "formReadOnly"
  /** The record is inactive: model-driven apps open inactive records read-only. */
  | "recordInactive"
  /** Field security: the user may not update this column. */
  | "columnSecured"
  /** The user lacks the write privilege on the record. */
  | "noPrivilege"
  /** The maker did not enable opt-out changes (the gallery's "Allow opt-out updates"). */
  | "notEnabled";

/** Key of the localized reason shown (and announced) next to a locked opt-out. */
export const OPT_OUT_LOCK_REASON_KEYS: Readonly<Record<OptOutLock, string>> = {
  notBound: "card.lock.notBound",
  formReadOnly: "card.lock.formReadOnly",
  recordInactive: "card.lock.recordInactive",
  columnSecured: "card.lock.columnSecured",
  noPrivilege: "card.lock.noPrivilege",
  notEnabled: "card.lock.notEnabled",
};
