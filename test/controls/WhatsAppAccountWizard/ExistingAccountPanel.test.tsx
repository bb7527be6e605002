import { screen } from "@testing-library/react";
import { axe } from "jest-axe";
import { OWNER_ID, setup, SID, TOKEN } from "./harness";

const NEW_TOKEN = "0123456789abcdef0123456789abcdef";
const seed = [
  {
    msdyn_name: "Contoso WhatsApp",
    msdyn_provideraccountid: SID,
    msdyn_secureauthenticationtoken: TOKEN,
    msdyn_twilioinboundurl: "https://whatsapp.contoso.example/twilio/inbound/1",
    _ownerid_value: OWNER_ID,
    statecode: 0,
    statuscode: 1,
  },
];

const ID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

/** The seeded account gets a known id, so the panel can be opened on it. */
const open = (options: Parameters<typeof setup>[0] = {}) =>
  setup({ seed, ...options, dataverse: { newId: () => ID, ...options.dataverse }, mode: { kind: "existing", recordId: ID } });

const button = (name: string) => screen.getByRole("button", { name });

describe("WhatsApp account wizard: existing record", () => {
  it("shows status, owner, SID and the inbound URL", async () => {
    const ctx = open();
    expect(await screen.findByText("Active")).toBeInTheDocument();
    expect(screen.getByText("Nestor Wilke")).toBeInTheDocument();
    expect(screen.getByText(SID)).toBeInTheDocument();
    expect(screen.getByDisplayValue("https://whatsapp.contoso.example/twilio/inbound/1")).toBeInTheDocument();
    expect(ctx.container.innerHTML).not.toContain(TOKEN);
    expect(await axe(ctx.container)).toHaveNoViolations();
  });

  it("deactivates and activates with the status reason the schema pairs with each state", async () => {
    const ctx = open();
    await ctx.user.click(await screen.findByRole("button", { name: "Deactivate" }));
    expect(await screen.findByText(ctx.text("whatsAppWizard.existing.deactivated"))).toBeInTheDocument();
    expect((await ctx.accounts())[0]).toMatchObject({ statecode: 1, statuscode: 2 });
    expect(screen.getByText("Inactive")).toBeInTheDocument();
    await ctx.user.click(button("Activate"));
    expect(await screen.findByText(ctx.text("whatsAppWizard.existing.activated"))).toBeInTheDocument();
    expect((await ctx.accounts())[0]).toMatchObject({ statecode: 0, statuscode: 1 });
  });

  it("retries a throttled state change", async () => {
    const ctx = open();
    await screen.findByText("Active");
    ctx.faulty.inject({ method: "updateRecord", kind: "throttled", retryAfterSeconds: 2 });
    await ctx.user.click(button("Deactivate"));
    expect(await screen.findByText(ctx.text("whatsAppWizard.existing.deactivated"))).toBeInTheDocument();
    expect(ctx.faulty.count("updateRecord")).toBe(2);
    expect(ctx.pauses).toContain(2000);
  });

  it("rotates the auth token: validated first, saved to the secured column, then forgotten", async () => {
    const ctx = open();
    await ctx.user.click(await screen.findByRole("button", { name: "Rotate auth token" }));
    expect(screen.getByText(ctx.text("whatsAppWizard.rotate.intro"))).toBeInTheDocument();
    const field = screen.getByLabelText(/^New auth token/);
    await ctx.user.type(field, "short");
    await ctx.user.click(button("Save new token"));
    expect(field).toHaveAccessibleDescription(expect.stringContaining(ctx.text("validation.format.authToken")));
    expect(ctx.faulty.count("updateRecord")).toBe(0);

    await ctx.user.clear(field);
    await ctx.user.type(field, NEW_TOKEN);
    await ctx.user.click(button("Save new token"));
    expect(await screen.findByText(ctx.text("whatsAppWizard.rotate.saved"))).toBeInTheDocument();
    const [account] = await ctx.accounts();
    expect(account.msdyn_secureauthenticationtoken).toBe(NEW_TOKEN);
    expect(account.msdyn_authenticationtoken).toBeNull();
    expect(screen.queryByLabelText(/^New auth token/)).toBeNull();
    expect(ctx.container.innerHTML).not.toContain(NEW_TOKEN);
  });

  it("explains a column-security refusal when rotating", async () => {
    const ctx = open({ dataverse: { securedColumnsWritable: false } });
    await ctx.user.click(await screen.findByRole("button", { name: "Rotate auth token" }));
    await ctx.user.type(screen.getByLabelText(/^New auth token/), NEW_TOKEN);
    await ctx.user.click(button("Save new token"));
    expect(await screen.findByText(/column security profile/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^New auth token/)).toHaveValue(NEW_TOKEN);
  });

  it("without Write, disables the actions and says why", async () => {
    const ctx = open({ privileges: { create: true, write: false } });
    await screen.findByText("Active");
    for (const name of ["Deactivate", "Rotate auth token"]) {
      expect(button(name)).toBeDisabled();
      expect(button(name)).toHaveAccessibleDescription(ctx.text("whatsAppWizard.privilege.write"));
    }
  });

  it("says so when the record cannot be read, and can try again", async () => {
    const ctx = open();
    ctx.faulty.inject({ method: "retrieveRecord", kind: "unavailable", times: 5 });
    expect(await screen.findByText(/Error code for support: HTTP 503/)).toBeInTheDocument();
    expect(ctx.faulty.count("retrieveRecord")).toBe(5);
    await ctx.user.click(button("Check again"));
    expect(await screen.findByText("Active")).toBeInTheDocument();
  });
});
