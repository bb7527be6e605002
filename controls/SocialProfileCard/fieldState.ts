import type { OptOutLock } from "../common/optOutLock";

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
  /** mode.isControlDisabled: read-only form, no write privilege, or the control disabled by script. */
  controlDisabled: boolean;
  /** The record is inactive (model-driven apps open inactive records read-only). */
  recordInactive: boolean;
}

/**
 * Why a bound column cannot be changed, or null when the user may change it. The most specific
 * reason wins: an unbound property, then field security, then the record, then the form.
 */
export function fieldLock(property: FieldProperty, form: FormLock): OptOutLock | null {
  if (!isBound(property)) return "notBound";
  if (property?.security?.editable === false) return "columnSecured";
  if (form.recordInactive) return "recordInactive";
  if (form.controlDisabled) return "formReadOnly";
  return null;
}
