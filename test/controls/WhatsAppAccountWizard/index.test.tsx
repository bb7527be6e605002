import { render, screen } from "@testing-library/react";
import { WhatsAppAccountWizard } from "../../../controls/WhatsAppAccountWizard";
import { IInputs } from "../../../controls/WhatsAppAccountWizard/generated/ManifestTypes";
import { loadStrings } from "./harness";

const ID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

function fakeContext(contextInfo: object | undefined, overrides: { offline?: boolean; privileges?: boolean } = {}) {
  const strings = loadStrings(1033);
  const webAPI = {
    createRecord: jest.fn(),
    updateRecord: jest.fn(),
    deleteRecord: jest.fn(),
    retrieveRecord: jest.fn().mockResolvedValue({ msdyn_name: "Contoso", msdyn_provideraccountid: "AC1", statecode: 0 }),
    retrieveMultipleRecords: jest.fn().mockResolvedValue({ entities: [] }),
  };
  const context = {
    mode: { contextInfo },
    webAPI,
    resources: { getString: (key: string) => strings.get(key) ?? key },
    formatting: { formatInteger: (value: number) => String(value) },
    navigation: { openForm: jest.fn().mockResolvedValue({}) },
    client: { isOffline: () => overrides.offline ?? false },
    utils: { hasEntityPrivilege: jest.fn(() => overrides.privileges ?? true) },
    userSettings: { isRTL: false },
    parameters: { accountName: { raw: null } },
  };
  return { context: context as unknown as ComponentFramework.Context<IInputs>, webAPI, raw: context };
}

describe("WhatsAppAccountWizard adapter", () => {
  it("shows the wizard when contextInfo has no record id, and never changes the bound column", () => {
    const { context, raw } = fakeContext({ entityTypeName: "msdyn_ocwhatsappchannelaccount" });
    const control = new WhatsAppAccountWizard();
    control.init(context);
    render(control.updateView(context));
    expect(screen.getByRole("heading", { name: /Channel details/ })).toBeInTheDocument();
    expect(control.getOutputs()).toEqual({});
    expect(raw.utils.hasEntityPrivilege).toHaveBeenCalledWith("msdyn_ocwhatsappchannelaccount", 1, 0);
  });

  it("reads an existing record's id (braces and case normalized) and loads it through context.webAPI", async () => {
    const { context, webAPI } = fakeContext({ entityId: `{${ID.toUpperCase()}}`, entityTypeName: "msdyn_ocwhatsappchannelaccount" });
    const control = new WhatsAppAccountWizard();
    control.init(context);
    render(control.updateView(context));
    expect(await screen.findByText("Active")).toBeInTheDocument();
    expect(webAPI.retrieveRecord).toHaveBeenCalledWith("msdyn_ocwhatsappchannelaccount", ID, expect.stringContaining("$select="));
  });

  it("offline, shows the explanation", () => {
    const { context } = fakeContext(undefined, { offline: true });
    const control = new WhatsAppAccountWizard();
    control.init(context);
    render(control.updateView(context));
    expect(screen.getByText(/needs a connection/)).toBeInTheDocument();
  });

  it("returns the same memoized props when nothing changed", () => {
    const { context } = fakeContext(undefined);
    const control = new WhatsAppAccountWizard();
    control.init(context);
    const first = control.updateView(context);
    const second = control.updateView(context);
    expect((second.props as { children: { props: unknown } }).children.props).toEqual(
      (first.props as { children: { props: unknown } }).children.props,
    );
    expect((second.props as { children: { props: { mode: unknown } } }).children.props.mode).toBe(
      (first.props as { children: { props: { mode: unknown } } }).children.props.mode,
    );
  });
});
