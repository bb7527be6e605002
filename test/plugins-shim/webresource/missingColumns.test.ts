import { XrmMockGenerator } from "xrm-mock";
import { SocialProfile, WhatsAppAccount } from "../../../plugins-shim/webresource";
import { formTable, FormTable, wiredColumns } from "../../../plugins-shim/webresource/columns";
import { columnNotificationId, FormHandlers } from "../../../plugins-shim/webresource/formValidation";
import { STRINGS_BASE_NAME } from "../../../plugins-shim/solutionNames/webResourceNames";
import { loadStrings } from "../../../plugins-shim/strings/resx";

/**
 * The solution declares no column dependencies (docs/admin.md), so the form script must cope with
 * any column being absent: not on the form, or not in the org at all (an org without Omnichannel
 * lacks the msdyn_ columns). Either way the Client API's formContext.getAttribute returns null
 * ("Returns null if no attribute matches", Client API reference: formContext.getAttribute), which
 * xrm-mock's collection also does for an unknown name.
 */

const FORM_TYPE_CREATE = 1;
const FORM_TYPE_UPDATE = 2;
const en = loadStrings(1033);

interface Case {
  table: FormTable;
  handlers: FormHandlers;
  /** One column of the table with a value its rule refuses, and the message it gets. */
  bad: { column: string; value: string; messageKey: string };
}

const CASES: Case[] = [
  {
    table: "socialprofile",
    handlers: SocialProfile,
    bad: { column: "profilelink", value: "javascript:alert(1)", messageKey: "validation.unsafeUrl" },
  },
  {
    table: "msdyn_ocwhatsappchannelaccount",
    handlers: WhatsAppAccount,
    bad: { column: "msdyn_provideraccountid", value: "AC123", messageKey: "validation.format.accountSid" },
  },
];

function openForm(entityName: string, formType: number) {
  XrmMockGenerator.initialise({ entity: { entityName } });
  const form = XrmMockGenerator.getFormContext();
  jest.spyOn(form.ui, "getFormType").mockReturnValue(formType);
  jest
    .spyOn(Xrm.Utility, "getResourceString")
    .mockImplementation((resource: string, key: string) => (resource === STRINGS_BASE_NAME ? en[key] : (undefined as unknown as string)));
  return form;
}

/** Saves through xrm-mock's pipeline; the post-save handler runs only when no OnSave handler blocked it. */
function save(): boolean {
  const postSave = jest.fn();
  XrmMockGenerator.getFormContext().data.entity.addOnPostSave(postSave);
  XrmMockGenerator.getFormContext().data.entity.save();
  return postSave.mock.calls.length > 0;
}

const formNotifications = () =>
  (XrmMockGenerator.getFormContext().ui as unknown as { formNotifications?: unknown[] }).formNotifications ?? [];
const controlMessages = (name: string): string[] =>
  (XrmMockGenerator.getFormContext().getControl(name) as unknown as { getNotifications(): { messages: string[]; uniqueId?: string }[] })
    .getNotifications()
    .filter((item) => item.uniqueId === columnNotificationId(name))
    .flatMap((item) => item.messages);

afterEach(() => jest.restoreAllMocks());

describe.each(CASES)("$table form handlers without the columns", ({ table, handlers, bad }) => {
  it("OnLoad on a form (or org) without any of the columns asks for each, gets null, and wires only OnSave", () => {
    const form = openForm(table, FORM_TYPE_CREATE);
    const getAttribute = jest.spyOn(form, "getAttribute");
    const addOnSave = jest.spyOn(form.data.entity, "addOnSave");
    expect(() => handlers.onLoad(XrmMockGenerator.getEventContext())).not.toThrow();
    const asked = getAttribute.mock.calls.map(([name]) => name);
    expect(asked).toEqual(expect.arrayContaining(wiredColumns(formTable(table)).map((column) => column.logicalName)));
    expect(getAttribute.mock.results.every((result) => result.value === null)).toBe(true);
    expect(addOnSave).toHaveBeenCalledTimes(1);
  });

  it("OnSave of a new record with none of the columns saves: required columns that are absent are the server's to judge", () => {
    openForm(table, FORM_TYPE_CREATE);
    handlers.onLoad(XrmMockGenerator.getEventContext());
    expect(save()).toBe(true);
    expect(formNotifications()).toEqual([]);
  });

  it("OnSave with only one column present judges that column alone", () => {
    openForm(table, FORM_TYPE_CREATE);
    XrmMockGenerator.Attribute.createString({ name: bad.column, value: bad.value }, { name: bad.column, label: bad.column });
    handlers.onLoad(XrmMockGenerator.getEventContext());
    expect(save()).toBe(false);
    expect(controlMessages(bad.column)).toEqual([en[bad.messageKey]]);
    expect(formNotifications()).toEqual([expect.objectContaining({ message: expect.stringContaining(bad.column) })]);
  });

  it("OnChange of a field whose column is gone by then (getAttribute returns null) does nothing and does not throw", () => {
    const form = openForm(table, FORM_TYPE_UPDATE);
    const field = XrmMockGenerator.Attribute.createString({ name: bad.column, value: null }, { name: bad.column, label: bad.column });
    handlers.onLoad(XrmMockGenerator.getEventContext());
    (jest.spyOn(form, "getAttribute") as jest.SpyInstance).mockReturnValue(null);
    field.setValue(bad.value);
    expect(() => field.fireOnChange()).not.toThrow();
    expect(controlMessages(bad.column)).toEqual([]);
  });

  it("OnChange on a partial form still validates the field that is there", () => {
    openForm(table, FORM_TYPE_UPDATE);
    const field = XrmMockGenerator.Attribute.createString({ name: bad.column, value: null }, { name: bad.column, label: bad.column });
    handlers.onLoad(XrmMockGenerator.getEventContext());
    field.setValue(bad.value);
    field.fireOnChange();
    expect(controlMessages(bad.column)).toEqual([en[bad.messageKey]]);
  });
});
