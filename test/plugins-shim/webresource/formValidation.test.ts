import { XrmMockGenerator } from "xrm-mock";
import { SocialProfile, WhatsAppAccount } from "../../../plugins-shim/webresource";
import { columnNotificationId, FORM_NOTIFICATION_ID } from "../../../plugins-shim/webresource/formValidation";
import { STRINGS_BASE_NAME } from "../../../plugins-shim/solutionNames/webResourceNames";
import { loadStrings } from "../../../plugins-shim/strings/resx";

const FORM_TYPE_CREATE = 1;
const FORM_TYPE_UPDATE = 2;
const en = loadStrings(1033);

interface Notified {
  getNotifications(): { messages: string[]; uniqueId?: string }[];
}
interface FormNotifications {
  formNotifications?: { message: string; level: string; uniqueId: string }[];
}

function openForm(entityName: string, formType: number, lcid = 1033) {
  XrmMockGenerator.initialise({ entity: { entityName } });
  const form = XrmMockGenerator.getFormContext();
  jest.spyOn(form.ui, "getFormType").mockReturnValue(formType);
  const strings = loadStrings(lcid);
  jest
    .spyOn(Xrm.Utility, "getResourceString")
    .mockImplementation((resource: string, key: string) =>
      resource === STRINGS_BASE_NAME ? strings[key] : (undefined as unknown as string),
    );
  return form;
}

const text = (name: string, value: string | null, label: string, isDirty = false) =>
  XrmMockGenerator.Attribute.createString({ name, value, isDirty }, { name, label });

const controlMessages = (name: string): string[] =>
  (XrmMockGenerator.getFormContext().getControl(name) as unknown as Notified)
    .getNotifications()
    .filter((item) => item.uniqueId === columnNotificationId(name))
    .flatMap((item) => item.messages);

const formNotifications = () => (XrmMockGenerator.getFormContext().ui as unknown as FormNotifications).formNotifications ?? [];

/** Saves through the mock's own save pipeline; the post-save handler only runs when no OnSave handler blocked it. */
function save(): { saved: boolean } {
  const postSave = jest.fn();
  XrmMockGenerator.getFormContext().data.entity.addOnPostSave(postSave);
  XrmMockGenerator.getFormContext().data.entity.save();
  return { saved: postSave.mock.calls.length > 0 };
}

const load = (handlers: { onLoad(context: Xrm.Events.EventContext): void }) => handlers.onLoad(XrmMockGenerator.getEventContext());

afterEach(() => jest.restoreAllMocks());

describe("Social Profile form: OnChange", () => {
  it("shows the localized unsafe-link message on the field and clears it once fixed", () => {
    openForm("socialprofile", FORM_TYPE_UPDATE);
    const link = text("profilelink", null, "Profile Link");
    load(SocialProfile);

    link.setValue(" JaVa\tScript:alert(1)");
    link.fireOnChange();
    expect(controlMessages("profilelink")).toEqual([en["validation.unsafeUrl"]]);

    link.setValue("https://www.facebook.com/contoso");
    link.fireOnChange();
    expect(controlMessages("profilelink")).toEqual([]);
  });

  it("fills the message's placeholders with the rule's numbers, formatted for the locale", () => {
    openForm("socialprofile", FORM_TYPE_CREATE);
    const score = XrmMockGenerator.Attribute.createNumber(
      { name: "influencescore", value: null },
      { name: "influencescore", label: "Influence Score" },
    );
    load(SocialProfile);

    score.setValue(-5);
    score.fireOnChange();
    const billion = new Intl.NumberFormat().format(1_000_000_000);
    expect(controlMessages("influencescore")).toEqual([`Enter a number from 0 to ${billion}.`]);
  });

  it("checks a whole-number column against its range", () => {
    openForm("socialprofile", FORM_TYPE_CREATE);
    const followers = XrmMockGenerator.Attribute.createNumber(
      { name: "msdyn_ocfollowercount", value: null },
      { name: "msdyn_ocfollowercount", label: "Follower Count" },
    );
    load(SocialProfile);

    followers.setValue(12.5);
    followers.fireOnChange();
    expect(controlMessages("msdyn_ocfollowercount")).toEqual([expect.stringContaining("integer")]);
  });

  it("speaks the user's language (French strings)", () => {
    openForm("socialprofile", FORM_TYPE_UPDATE, 1036);
    const link = text("profilelink", null, "Lien du profil");
    load(SocialProfile);

    link.setValue("ftp://example.com/file");
    link.fireOnChange();
    expect(controlMessages("profilelink")).toEqual([loadStrings(1036)["validation.unsafeUrl"]]);
    expect(controlMessages("profilelink")[0]).not.toBe(en["validation.unsafeUrl"]);
  });

  it("flags a change of the create-only community on an existing profile", () => {
    openForm("socialprofile", FORM_TYPE_UPDATE);
    const community = XrmMockGenerator.Attribute.createOptionSet(
      { name: "community", value: 1 },
      { name: "community", label: "Community" },
    );
    load(SocialProfile);

    community.setValue(2);
    community.fireOnChange();
    expect(controlMessages("community")).toEqual([en["validation.createOnly"]]);
  });
});

/**
 * getResourceString throws "{webResourceName} does not exist." when neither the user's language
 * nor the org's base language has a RESX (getResourceString, Client API reference): an org whose
 * base language we don't ship, Spanish (3082) here.
 */
function openSpanishOrg(entityName: string, formType: number) {
  const form = openForm(entityName, formType);
  jest.spyOn(Xrm.Utility, "getResourceString").mockImplementation((resource: string) => {
    throw new Error(`${resource} does not exist.`);
  });
  return form;
}

describe("an org whose base language has no RESX (getResourceString throws)", () => {
  it("OnChange shows the English text instead of throwing", () => {
    openSpanishOrg("socialprofile", FORM_TYPE_UPDATE);
    const link = text("profilelink", null, "Profile Link");
    load(SocialProfile);

    link.setValue("javascript:alert(1)");
    expect(() => link.fireOnChange()).not.toThrow();
    expect(controlMessages("profilelink")).toEqual([en["validation.unsafeUrl"]]);
  });

  it("OnSave blocks the invalid record and explains it in English", () => {
    openSpanishOrg("msdyn_ocwhatsappchannelaccount", FORM_TYPE_CREATE);
    text("msdyn_name", null, "Name");
    load(WhatsAppAccount);

    expect(save().saved).toBe(false);
    expect(controlMessages("msdyn_name")).toEqual([en["validation.required"]]);
    expect(formNotifications()).toEqual([
      { message: en["form.saveBlocked"].replace("{fields}", "Name"), level: "ERROR", uniqueId: FORM_NOTIFICATION_ID },
    ]);
  });

  it("OnSave cancels the save before it shows anything, so a notification that fails can't let the record through", () => {
    openForm("msdyn_ocwhatsappchannelaccount", FORM_TYPE_CREATE);
    text("msdyn_name", null, "Name");
    const control = XrmMockGenerator.getFormContext().getControl("msdyn_name") as Xrm.Controls.StandardControl;
    jest.spyOn(control, "setNotification").mockImplementation(() => {
      throw new Error("refused by the host");
    });
    const addOnSave = jest.spyOn(XrmMockGenerator.getFormContext().data.entity, "addOnSave");
    load(WhatsAppAccount);
    const onSave = addOnSave.mock.calls[0][0] as (context: Xrm.Events.SaveEventContext) => void;

    // The platform reports a handler's error as a script error and goes on saving unless the
    // handler cancelled (Save event, Client API reference); the mock's save() would stop at the throw.
    const entity = XrmMockGenerator.getFormContext().data.entity as unknown as { getSaveContext(): Xrm.Events.SaveEventContext };
    const context = entity.getSaveContext();
    expect(() => onSave(context)).toThrow("refused by the host");
    expect(context.getEventArgs().isDefaultPrevented()).toBe(true);
  });
});

describe("WhatsApp account form: OnSave", () => {
  it("blocks the save of a new account with a form notification naming the fields, and marks each field", () => {
    openForm("msdyn_ocwhatsappchannelaccount", FORM_TYPE_CREATE);
    text("msdyn_name", null, "Name");
    text("msdyn_provideraccountid", "AC123", "Account SID");
    text("msdyn_authenticationtoken", "0123456789abcdef0123456789abcdef", "Auth token");
    load(WhatsAppAccount);

    expect(save().saved).toBe(false);
    expect(formNotifications()).toEqual([
      {
        message: "This record wasn't saved. Correct these fields: Name, Account SID.",
        level: "ERROR",
        uniqueId: FORM_NOTIFICATION_ID,
      },
    ]);
    expect(controlMessages("msdyn_name")).toEqual([en["validation.required"]]);
    expect(controlMessages("msdyn_provideraccountid")).toEqual([en["validation.format.accountSid"]]);
    expect(controlMessages("msdyn_authenticationtoken")).toEqual([]);
  });

  it("requires the provider type on a new account (issue 20 item 2)", () => {
    openForm("msdyn_ocwhatsappchannelaccount", FORM_TYPE_CREATE);
    text("msdyn_name", "Contoso WhatsApp", "Name");
    text("msdyn_provideraccountid", `AC${"a".repeat(32)}`, "Account SID");
    const provider = XrmMockGenerator.Attribute.createOptionSet(
      { name: "msdyn_providertype", value: null },
      { name: "msdyn_providertype", label: "Provider type" },
    );
    load(WhatsAppAccount);
    expect(save().saved).toBe(false);
    expect(controlMessages("msdyn_providertype")).toEqual([en["validation.required"]]);

    provider.setValue(192350000);
    expect(save().saved).toBe(true);
  });

  it("lets a valid account save and clears its earlier notifications", () => {
    openForm("msdyn_ocwhatsappchannelaccount", FORM_TYPE_CREATE);
    const name = text("msdyn_name", null, "Name");
    text("msdyn_provideraccountid", `AC${"a".repeat(32)}`, "Account SID");
    load(WhatsAppAccount);
    expect(save().saved).toBe(false);

    name.setValue("Contoso WhatsApp");
    expect(save().saved).toBe(true);
    expect(formNotifications()).toEqual([]);
    expect(controlMessages("msdyn_name")).toEqual([]);
  });

  it("on an existing record checks only what the form will send (changed fields)", () => {
    openForm("msdyn_ocwhatsappchannelaccount", FORM_TYPE_UPDATE);
    text("msdyn_name", "Legacy account", "Name");
    text("msdyn_provideraccountid", "not-a-sid-from-an-old-import", "Account SID");
    const token = text("msdyn_authenticationtoken", "0123456789abcdef0123456789abcdef", "Auth token");
    load(WhatsAppAccount);
    expect(save().saved).toBe(true);

    token.setValue("too short");
    expect(save().saved).toBe(false);
    expect(controlMessages("msdyn_authenticationtoken")).toEqual([en["validation.format.authToken"]]);
    expect(controlMessages("msdyn_provideraccountid")).toEqual([]);
  });

  it("leaves a secured token the user may not read to the server", () => {
    openForm("msdyn_ocwhatsappchannelaccount", FORM_TYPE_CREATE);
    text("msdyn_name", "Contoso", "Name");
    const secure = text("msdyn_secureauthenticationtoken", null, "OC Auth token");
    jest.spyOn(secure, "getUserPrivilege").mockReturnValue({ canRead: false, canCreate: false, canUpdate: false });
    load(WhatsAppAccount);
    expect(save().saved).toBe(true);

    jest.spyOn(secure, "getUserPrivilege").mockReturnValue({ canRead: true, canCreate: true, canUpdate: true });
    expect(save().saved).toBe(false);
    expect(controlMessages("msdyn_secureauthenticationtoken")).toEqual([en["validation.required"]]);
  });

  it("wires nothing when registered on another table's form", () => {
    openForm("contact", FORM_TYPE_CREATE);
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    text("msdyn_name", null, "Name");
    load(WhatsAppAccount);
    expect(save().saved).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("msdyn_ocwhatsappchannelaccount"));
  });

  it("wires each field once even when OnLoad runs again", () => {
    openForm("socialprofile", FORM_TYPE_CREATE);
    const name = text("profilename", null, "Profile Name");
    const addOnChange = jest.spyOn(name, "addOnChange");
    load(SocialProfile);
    load(SocialProfile);
    expect(addOnChange).toHaveBeenCalledTimes(1);
  });
});
