import { resolveLock, type OptOutLock } from "../common/optOutLock";
import { BINDABLE_PROFILE_COLUMNS, type ProfileColumn } from "../common/profileData";
import type { IInputs } from "./generated/ManifestTypes";

/**
 * What the form tells a field control about one property. The PCF docs give no explicit "is
 * bound" flag; they describe `attributes` (the column's metadata) and `security` as set for
 * bound properties. So this fails closed: a property counts as bound only when it carries its
 * column's logical name. pcf-start's harness gives every bound property
 * `attributes.LogicalName = "<name>_logical_name"` and `security {editable: true, readable: true}`.
 */
type FieldProperty = Pick<ComponentFramework.PropertyTypes.Property, "attributes" | "security"> | null | undefined;

export function isBound(property: FieldProperty): boolean {
  const logicalName = property?.attributes?.LogicalName;
  return typeof logicalName === "string" && logicalName !== "";
}

/** Field security lets the user read the value (true when the column is not secured). */
export function isReadable(property: FieldProperty): boolean {
  return property?.security?.readable !== false;
}

/** The form state that locks every field of the control. */
export interface FormLock {
  /** mode.isControlDisabled: read-only form, no write privilege, inactive record, or disabled by script. */
  controlDisabled: boolean;
  /** The host knows the record is inactive (a dataset host reading statecode; a field control never does). */
  recordInactive?: boolean;
  /**
   * utils.hasEntityPrivilege said the user has no Write privilege on the table at all: when the
   * form is locked, that is the reason to give. (Table-level only: with user-level depth a
   * colleague's record is still locked for "form read-only".)
   */
  noWritePrivilege?: boolean;
}

/** Why a bound column cannot be changed, or null when the user may change it (the order is resolveLock's, shared with the gallery). */
export function fieldLock(property: FieldProperty, form: FormLock): OptOutLock | null {
  return resolveLock({
    notBound: !isBound(property),
    columnSecured: property?.security?.editable === false,
    recordInactive: form.recordInactive === true,
    // Only a locked form is blamed on the privilege: on a new record the user needs Create, not Write.
    noPrivilege: form.controlDisabled && form.noWritePrivilege === true,
    formReadOnly: form.controlDisabled,
  });
}

/**
 * RequiredLevel of the bound column as the form sets it (PCF AttributeRequiredLevel: 1 system
 * required, 2 business required); pcf-start gives -1 (unknown), which is not required.
 */
export function isRequired(property: FieldProperty): boolean {
  const level = (property?.attributes as { RequiredLevel?: number } | undefined)?.RequiredLevel;
  return level === 1 || level === 2;
}

/** The card's columns, named as the manifest's properties (the compiler checks each is one). */
const CARD_COLUMNS: readonly (ProfileColumn & keyof IInputs)[] = BINDABLE_PROFILE_COLUMNS;

/** Bound columns field security hides from this user (security.readable === false). */
export function unreadableColumns(parameters: IInputs): readonly ProfileColumn[] {
  return CARD_COLUMNS.filter((column) => isBound(parameters[column]) && !isReadable(parameters[column]));
}
