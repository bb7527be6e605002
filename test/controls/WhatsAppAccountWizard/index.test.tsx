import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { WhatsAppAccountWizard } from "../../../controls/WhatsAppAccountWizard";
import { IInputs } from "../../../controls/WhatsAppAccountWizard/generated/ManifestTypes";
import { loadStrings } from "./harness";

const ID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

jest.setTimeout(30000);

function fakeContext(
  contextInfo: object | undefined,
  overrides: { offline?: boolean; privileges?: boolean; disabled?: boolean; name?: string | null; confirmed?: boolean } = {},
) {
  const strings = loadStrings(1033);
  const webAPI = {
    createRecord: jest.fn(),
    updateRecord: jest.fn(),
    deleteRecord: jest.fn(),
    retrieveRecord: jest.fn().mockResolvedValue({ msdyn_name: "Contoso", msdyn_provideraccountid: "AC1", statecode: 0 }),
    retrieveMultipleRecords: jest.fn().mockResolvedValue({ entities: [] }),
  };
  const context = {
    mode: { contextInfo, isControlDisabled: overrides.disabled ?? false },
    webAPI,
    resources: { getString: (key: string) => strings.get(key) ?? key },
    formatting: { formatInteger: (value: number) => String(value) },
    navigation: {
      openForm: jest.fn().mockResolvedValue({}),
      openConfirmDialog: jest.fn().mockResolvedValue({ confirmed: overrides.confirmed ?? false }),
    },
    client: { isOffline: () => overrides.offline ?? false },
    utils: { hasEntityPrivilege: jest.fn(() => overrides.privileges ?? true) },
    userSettings: { isRTL: false },
    parameters: { accountName: { raw: overrides.name ?? null } },
  };
  return { context: context as unknown as ComponentFramework.Context<IInputs>, webAPI, raw: context };
}

describe("WhatsAppAccountWizard adapter", () => {
  it("shows the wizard when contextInfo has no record id, and never changes the bound column", () => {
    const { context, raw } = fakeContext({ entityTypeName: "msdyn_ocwhatsappchannelaccount" });
    const control = new WhatsAppAccountWizard();
    control.init(context, jest.fn());
    render(control.updateView(context));
    expect(screen.getByRole("heading", { name: /Channel details/ })).toBeInTheDocument();
    expect(control.getOutputs()).toEqual({});
    expect(raw.utils.hasEntityPrivilege).toHaveBeenCalledWith("msdyn_ocwhatsappchannelaccount", 1, 0);
  });

  it("reads an existing record's id (braces and case normalized) and loads it through context.webAPI", async () => {
    const { context, webAPI } = fakeContext({ entityId: `{${ID.toUpperCase()}}`, entityTypeName: "msdyn_ocwhatsappchannelaccount" });
    const control = new WhatsAppAccountWizard();
    control.init(context, jest.fn());
    render(control.updateView(context));
    expect(await screen.findByText("Active")).toBeInTheDocument();
    expect(webAPI.retrieveRecord).toHaveBeenCalledWith("msdyn_ocwhatsappchannelaccount", ID, expect.stringContaining("$select="));
  });

  it("offline, shows the explanation, and the setup once back online", () => {
    const { context } = fakeContext(undefined, { offline: true });
    const control = new WhatsAppAccountWizard();
    control.init(context, jest.fn());
    const view = render(control.updateView(context));
    expect(screen.getByText(/needs a connection/)).toBeInTheDocument();
    // Back online: the platform calls updateView again and the setup shows by itself.
    (context.client as unknown as { isOffline: () => boolean }).isOffline = () => false;
    view.rerender(control.updateView(context));
    expect(screen.queryByText(/needs a connection/)).toBeNull();
    expect(screen.getByRole("heading", { name: /Channel details/ })).toBeInTheDocument();
  });

  it("returns the same memoized props when nothing changed", () => {
    const { context } = fakeContext(undefined);
    const control = new WhatsAppAccountWizard();
    control.init(context, jest.fn());
    const first = control.updateView(context);
    const second = control.updateView(context);
    expect((second.props as { children: { props: unknown } }).children.props).toEqual(
      (first.props as { children: { props: unknown } }).children.props,
    );
    expect((second.props as { children: { props: { mode: unknown } } }).children.props.mode).toBe(
      (first.props as { children: { props: { mode: unknown } } }).children.props.mode,
    );
  });

  it("passes isControlDisabled to the view: nothing is editable on a read-only form", () => {
    const { context } = fakeContext(undefined, { disabled: true });
    const control = new WhatsAppAccountWizard();
    control.init(context, jest.fn());
    render(control.updateView(context));
    expect(screen.getByRole("textbox", { name: /^Name/ })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Next" })).toBeDisabled();
  });

  it("sends a rename of an existing account back to the form through getOutputs", async () => {
    const { context, raw } = fakeContext({ entityId: ID }, { name: "Contoso" });
    const notify = jest.fn();
    const control = new WhatsAppAccountWizard();
    control.init(context, notify);
    render(control.updateView(context));
    const name = screen.getByRole("textbox", { name: /^Name/ });
    expect(name).toHaveValue("Contoso");
    await userEvent.type(name, "  Support");
    expect(notify).toHaveBeenCalled();
    expect(control.getOutputs()).toEqual({ accountName: "Contoso Support" });
    // The form took the value: nothing pending any more.
    raw.parameters.accountName.raw = "Contoso Support";
    control.updateView(context);
    expect(control.getOutputs()).toEqual({});
  });

  it("asks in the host's confirm dialog before reloading the form, and reopens the record only when confirmed", async () => {
    const { context, raw, webAPI } = fakeContext({ entityId: ID }, { confirmed: true });
    webAPI.updateRecord.mockResolvedValue({ id: ID, entityType: "msdyn_ocwhatsappchannelaccount" });
    const control = new WhatsAppAccountWizard();
    control.init(context, jest.fn());
    render(control.updateView(context));
    await userEvent.click(await screen.findByRole("button", { name: "Deactivate" }));
    await userEvent.click(await screen.findByRole("button", { name: "Reload the form" }));
    expect(raw.navigation.openConfirmDialog).toHaveBeenCalledWith(
      expect.objectContaining({ title: "Reload the form?", confirmButtonLabel: "Reload" }),
    );
    await waitFor(() =>
      expect(raw.navigation.openForm).toHaveBeenCalledWith({ entityName: "msdyn_ocwhatsappchannelaccount", entityId: ID }),
    );
  });
});
