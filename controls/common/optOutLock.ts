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

/**
 * The one order in which the card and the gallery name a lock, first reason first. The reason
 * shown is the one that still holds when the user has done everything the later ones ask, so it
 * sends them to the step that actually unlocks the value:
 * - notEnabled, notBound: the control is not set up to change this column; no privilege or
 *   record state changes that, only the maker can (every other reason is moot).
 * - columnSecured: field security on this very column, the most specific data-level reason; it
 *   stays when the user gains Write on the table or the record is activated.
 * - noPrivilege: the user's security role. It outlasts the record's state: activating a record
 *   needs the Write privilege too, so "inactive" would send the user to a step they can't take.
 * - recordInactive: something the user can lift (activate the record) once the above are clear.
 * - formReadOnly: the generic symptom (`mode.isControlDisabled`) whose known causes are the
 *   reasons above; said only when no more specific cause is known.
 */
export const OPT_OUT_LOCK_ORDER: readonly OptOutLock[] = [
  "notEnabled",
  "notBound",
  "columnSecured",
  "noPrivilege",
  "recordInactive",
  "formReadOnly",
];

/** What a host knows locks a column: each reason that applies set to true. */
export type LockFacts = Partial<Record<OptOutLock, boolean>>;

/** The reason to show for a set of facts (OPT_OUT_LOCK_ORDER), or null when none applies. */
export function resolveLock(facts: LockFacts): OptOutLock | null {
  return OPT_OUT_LOCK_ORDER.find((reason) => facts[reason] === true) ?? null;
}
