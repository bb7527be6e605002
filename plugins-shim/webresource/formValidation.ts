import type { Diagnostic } from "../rules/diagnostics";
import type { Operation } from "../rules/recordChecks";
import { validateColumnRecord as validateRecord } from "../rules/validateColumnRecord";
import { ColumnMetadata, TableMetadata } from "../schema";
import { wiredColumns } from "./columns";
import { diagnosticMessage, message } from "./messages";

/** Ids of the notifications this script owns, so it clears only its own. */
export const FORM_NOTIFICATION_ID = "scc.validation";
export const columnNotificationId = (column: string): string => `${FORM_NOTIFICATION_ID}.${column}`;

/** XrmEnum.FormType.Create (a const enum, not available at run time). */
const FORM_TYPE_CREATE = 1;

interface FieldOnForm {
  column: ColumnMetadata;
  attribute: Xrm.Attributes.Attribute;
}

export interface FormHandlers {
  /** Register on the form's OnLoad with "Pass execution context as first parameter". */
  onLoad(context: Xrm.Events.EventContext): void;
}

const operationOf = (form: Xrm.FormContext): Operation => (form.ui.getFormType() === FORM_TYPE_CREATE ? "create" : "update");

/**
 * A secured column the user may not read shows masked and reads as null; one the user may not
 * write on this operation cannot be fixed on the form. The server decides both, so skip them.
 */
function userMayEdit(field: FieldOnForm, operation: Operation): boolean {
  if (!field.column.secured) return true;
  const privilege = field.attribute.getUserPrivilege();
  return privilege.canRead && (operation === "create" ? privilege.canCreate : privilege.canUpdate);
}

function fieldsOnForm(form: Xrm.FormContext, table: TableMetadata): FieldOnForm[] {
  return wiredColumns(table).flatMap((column) => {
    const attribute = form.getAttribute(column.logicalName);
    return attribute ? [{ column, attribute }] : [];
  });
}

const valueOf = (attribute: Xrm.Attributes.Attribute): unknown => attribute.getValue() ?? null;

/**
 * Runs the shared rules over the given fields. A create checks every field on the form (blank
 * required ones included); an update checks what the form will send, i.e. the changed fields.
 * Problems with columns that are not on the form are left to the server: the user can't fix them here.
 */
function validateFields(table: TableMetadata, fields: FieldOnForm[], operation: Operation): Diagnostic[] {
  const record: Record<string, unknown> = {};
  for (const field of fields) record[field.column.logicalName] = valueOf(field.attribute);
  const onForm = new Set(fields.map((field) => field.column.logicalName));
  return validateRecord(table, record, { operation }).filter((found) => onForm.has(found.column));
}

function showColumnNotification(field: FieldOnForm, found: Diagnostic | undefined): void {
  const id = columnNotificationId(field.column.logicalName);
  field.attribute.controls.forEach((control) => {
    const standard = control as Xrm.Controls.StandardControl;
    if (found) standard.setNotification(diagnosticMessage(found), id);
    else standard.clearNotification(id);
  });
}

function labelOf(field: FieldOnForm): string {
  const control = field.attribute.controls.get(0) as Xrm.Controls.StandardControl | undefined;
  return control?.getLabel() || field.column.displayName;
}

export function createFormHandlers(table: TableMetadata): FormHandlers {
  // The same form can run OnLoad more than once (e.g. after a save): wire each object once.
  const wired = new WeakSet<object>();

  const fieldsToCheck = (form: Xrm.FormContext, operation: Operation, onlyChanged: boolean): FieldOnForm[] =>
    fieldsOnForm(form, table).filter((field) => userMayEdit(field, operation) && (!onlyChanged || field.attribute.getIsDirty()));

  function onChange(context: Xrm.Events.EventContext): void {
    const form = context.getFormContext();
    const attribute = context.getEventSource() as Xrm.Attributes.Attribute;
    const operation = operationOf(form);
    const field = fieldsToCheck(form, operation, false).find((candidate) => candidate.attribute === attribute);
    if (!field) return;
    showColumnNotification(field, validateFields(table, [field], operation)[0]);
  }

  function onSave(context: Xrm.Events.SaveEventContext): void {
    const form = context.getFormContext();
    const operation = operationOf(form);
    const fields = fieldsToCheck(form, operation, operation === "update");
    const found = validateFields(table, fields, operation);
    const failing = fields.filter((field) => found.some((item) => item.column === field.column.logicalName));
    // Cancel first: whatever the notifications below run into (a string that can't be read, a
    // control that refuses one), an invalid record must not be saved.
    if (failing.length > 0) context.getEventArgs().preventDefault();
    for (const field of fields)
      showColumnNotification(
        field,
        found.find((item) => item.column === field.column.logicalName),
      );

    form.ui.clearFormNotification(FORM_NOTIFICATION_ID);
    if (failing.length === 0) return;
    form.ui.setFormNotification(message("form.saveBlocked", { fields: failing.map(labelOf).join(", ") }), "ERROR", FORM_NOTIFICATION_ID);
  }

  function onLoad(context: Xrm.Events.EventContext): void {
    const form = context.getFormContext();
    const entityName = form.data.entity.getEntityName();
    if (entityName !== table.logicalName) {
      console.warn(`Social Channel Controls: this handler validates ${table.logicalName} forms, not ${entityName}.`);
      return;
    }
    for (const field of fieldsOnForm(form, table)) {
      if (wired.has(field.attribute)) continue;
      wired.add(field.attribute);
      field.attribute.addOnChange(onChange);
    }
    if (!wired.has(form.data.entity)) {
      wired.add(form.data.entity);
      form.data.entity.addOnSave(onSave);
    }
  }

  return { onLoad };
}
