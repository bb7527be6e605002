import { screen, waitFor } from "@testing-library/react";
import { axe } from "jest-axe";
import { gatedSleep, OWNER_ID, setup, SID, TOKEN } from "./harness";
import { HARNESS_RETRIEVE_MESSAGE } from "../../../simulator/pcfHost/platformErrors";
import { RENAME_CHECK_DELAY_MS } from "../../../controls/WhatsAppAccountWizard/useRenameCheck";

// userEvent typing on a shared, loaded machine: generous, and no timing is asserted.
jest.setTimeout(30000);

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
    // Left to right whatever the language, so a right-to-left page shows the URL's start.
    expect(screen.getByDisplayValue("https://whatsapp.contoso.example/twilio/inbound/1")).toHaveAttribute("dir", "ltr");
    expect(ctx.container.innerHTML).not.toContain(TOKEN);
    expect(await axe(ctx.container)).toHaveNoViolations();
  });

  it("deactivates and activates with the status reason the schema pairs with each state", async () => {
    const ctx = open();
    await ctx.user.click(await screen.findByRole("button", { name: "Deactivate" }));
    expect(await screen.findByText(ctx.text("whatsAppWizard.existing.deactivated"), { exact: false })).toBeInTheDocument();
    expect((await ctx.accounts())[0]).toMatchObject({ statecode: 1, statuscode: 2 });
    expect(screen.getByText("Inactive")).toBeInTheDocument();
    await ctx.user.click(button("Activate"));
    expect(await screen.findByText(ctx.text("whatsAppWizard.existing.activated"), { exact: false })).toBeInTheDocument();
    expect((await ctx.accounts())[0]).toMatchObject({ statecode: 0, statuscode: 1 });
  });

  it("retries a throttled state change", async () => {
    const ctx = open();
    await screen.findByText("Active");
    ctx.faulty.inject({ method: "updateRecord", kind: "throttled" });
    await ctx.user.click(button("Deactivate"));
    expect(await screen.findByText(ctx.text("whatsAppWizard.existing.deactivated"), { exact: false })).toBeInTheDocument();
    expect(ctx.faulty.count("updateRecord")).toBe(2);
    expect(ctx.pauses).toContain(500);
  });

  it("Cancel after an unanswered deactivation reads the status again and shows what Dataverse holds (issue 20 item 3)", async () => {
    const gate = gatedSleep();
    const ctx = open({ sleep: gate.sleep });
    await screen.findByText("Active");
    ctx.faulty.inject({ method: "updateRecord", kind: "afterCommit" });
    await ctx.user.click(button("Deactivate"));
    await screen.findByText(/Retrying in/);
    await ctx.user.click(button("Cancel"));
    expect(await screen.findByText(ctx.text("whatsAppWizard.existing.deactivated"), { exact: false })).toBeInTheDocument();
    expect(screen.getByText("Inactive")).toBeInTheDocument();
    expect(screen.queryByText(ctx.text("whatsAppWizard.task.cancelled"))).toBeNull();
    expect(ctx.faulty.count("updateRecord")).toBe(1);
  });

  it("Cancel of the re-read after an unanswered deactivation says it may have been applied, not that nothing happened", async () => {
    const gate = gatedSleep();
    const ctx = open({ sleep: gate.sleep });
    await screen.findByText("Active");
    ctx.faulty.inject({ method: "updateRecord", kind: "afterCommit" });
    await ctx.user.click(button("Deactivate"));
    await screen.findByText(/Retrying in/);
    ctx.faulty.inject({ method: "retrieveRecord", kind: "throttled" });
    await ctx.user.click(button("Cancel"));
    await waitFor(() => expect(ctx.faulty.count("retrieveRecord")).toBeGreaterThan(1));
    await screen.findByText(/Retrying in/);
    await ctx.user.click(button("Cancel"));
    expect(await screen.findByText(ctx.text("whatsAppWizard.task.cancelledUnconfirmed"))).toBeInTheDocument();
    expect(screen.queryByText(ctx.text("whatsAppWizard.task.cancelled"))).toBeNull();
    expect(ctx.faulty.count("updateRecord")).toBe(1);
  });

  it("Cancel after an unanswered token rotation says the token may be saved, and keeps it for Save (issue 20 item 3)", async () => {
    const gate = gatedSleep();
    const ctx = open({ sleep: gate.sleep });
    await ctx.user.click(await screen.findByRole("button", { name: "Rotate auth token" }));
    await ctx.user.type(screen.getByLabelText(/^New auth token/), NEW_TOKEN);
    ctx.faulty.inject({ method: "updateRecord", kind: "afterCommit" });
    await ctx.user.click(button("Save new token"));
    await screen.findByText(/Retrying in/);
    // The rotation's own Cancel is disabled while the save runs; the task's Cancel stops the retry.
    const stop = screen.getAllByRole("button", { name: "Cancel" }).find((candidate) => !(candidate as HTMLButtonElement).disabled);
    await ctx.user.click(stop!);
    expect(await screen.findByText(ctx.text("whatsAppWizard.task.cancelledUnconfirmed"))).toBeInTheDocument();
    expect(screen.queryByText(ctx.text("whatsAppWizard.task.cancelled"))).toBeNull();
    expect(screen.getByLabelText(/^New auth token/)).toHaveValue(NEW_TOKEN);
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
    expect(await screen.findByText(ctx.text("whatsAppWizard.rotate.saved"), { exact: false })).toBeInTheDocument();
    const [account] = await ctx.accounts();
    expect(account.msdyn_secureauthenticationtoken).toBe(NEW_TOKEN);
    expect(account.msdyn_authenticationtoken).toBeNull();
    expect(screen.queryByLabelText(/^New auth token/)).toBeNull();
    expect(ctx.container.innerHTML).not.toContain(NEW_TOKEN);
  });

  it("does not take focus when the saved account loads with the form, even while the read is retried", async () => {
    const gate = gatedSleep();
    const ctx = open({ sleep: gate.sleep });
    ctx.faulty.inject({ method: "retrieveRecord", kind: "throttled" });
    await screen.findByText(/Retrying in/);
    expect(document.body).toHaveFocus();
    gate.releaseAll();
    await screen.findByText("Active");
    expect(document.body).toHaveFocus();
  });

  it("moves focus to the new token field on Rotate, and back to Rotate after Save or Cancel (issue 20 item 7)", async () => {
    const ctx = open();
    (await screen.findByRole("button", { name: "Rotate auth token" })).focus();
    await ctx.user.keyboard("{Enter}");
    expect(screen.getByLabelText(/^New auth token/)).toHaveFocus();
    await ctx.user.keyboard(NEW_TOKEN);
    button("Save new token").focus();
    await ctx.user.keyboard("{Enter}");
    await screen.findByText(ctx.text("whatsAppWizard.rotate.saved"), { exact: false });
    expect(button("Rotate auth token")).toHaveFocus();

    await ctx.user.keyboard("{Enter}");
    expect(screen.getByLabelText(/^New auth token/)).toHaveFocus();
    await ctx.user.click(button("Cancel"));
    expect(button("Rotate auth token")).toHaveFocus();
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
    expect(await screen.findByText(/Error code for support: server/)).toBeInTheDocument();
    expect(ctx.faulty.count("retrieveRecord")).toBe(5);
    await ctx.user.click(button("Try again"));
    expect(await screen.findByText("Active")).toBeInTheDocument();
  });

  it("on a read-only form (isControlDisabled) nothing can be changed, and it says why", async () => {
    const ctx = open({ disabled: true });
    await screen.findByText("Active");
    expect(screen.getByRole("textbox", { name: /^Name/ })).toBeDisabled();
    for (const name of ["Deactivate", "Rotate auth token"]) {
      expect(button(name)).toBeDisabled();
      expect(button(name)).toHaveAccessibleDescription(ctx.text("whatsAppWizard.disabled"));
    }
  });

  it("keeps the name editable: a valid rename goes to the form (getOutputs), an invalid one is explained", async () => {
    const ctx = open({ accountName: "Contoso WhatsApp" });
    const name = screen.getByRole("textbox", { name: /^Name/ });
    expect(name).toHaveValue("Contoso WhatsApp");
    expect(name).toBeEnabled();
    await ctx.user.clear(name);
    expect(name).toHaveAccessibleDescription(expect.stringContaining(ctx.text("validation.required")));
    await ctx.user.type(name, "Contoso  Support");
    expect(ctx.onNameChange).toHaveBeenLastCalledWith("Contoso Support");
    // The rename is the form's to save: nothing went through the Web API.
    expect(ctx.faulty.count("updateRecord")).toBe(0);
  });

  it("a rename to another account's name is refused as a create is: explained, and the form keeps the saved name (issue 20 item 10)", async () => {
    const other = {
      msdyn_ocwhatsappchannelaccountid: "8d7f4a52-1c3b-4e5f-a6b7-c8d9e0f1a2b3",
      msdyn_name: "Fabrikam WhatsApp",
      msdyn_provideraccountid: `AC${"f".repeat(32)}`,
      statecode: 0,
      statuscode: 1,
    };
    const ctx = open({ accountName: "Contoso WhatsApp", seed: [...seed, other] });
    await screen.findByText("Active");
    const name = screen.getByRole("textbox", { name: /^Name/ });
    await ctx.user.clear(name);
    // The create's rule: trimmed, runs of spaces as one, any letter case.
    await ctx.user.type(name, " fabrikam  WHATSAPP ");
    await waitFor(() => expect(name).toHaveAccessibleDescription(expect.stringContaining(ctx.text("whatsAppWizard.duplicate.name"))));
    expect(ctx.onNameChange).toHaveBeenLastCalledWith("Contoso WhatsApp");
    expect(name).toHaveValue(" fabrikam  WHATSAPP ");

    await ctx.user.type(name, "2");
    await waitFor(() => expect(ctx.onNameChange).toHaveBeenLastCalledWith("fabrikam WHATSAPP 2"));
    await new Promise((resolve) => setTimeout(resolve, RENAME_CHECK_DELAY_MS + 100));
    expect(ctx.onNameChange).toHaveBeenLastCalledWith("fabrikam WHATSAPP 2");
    expect(name).not.toHaveAccessibleDescription(expect.stringContaining(ctx.text("whatsAppWizard.duplicate.name")));
  });

  it("a rename that only changes the letter case of its own name is not a clash with itself", async () => {
    const ctx = open({ accountName: "Contoso WhatsApp" });
    await screen.findByText("Active");
    const name = screen.getByRole("textbox", { name: /^Name/ });
    await ctx.user.clear(name);
    await ctx.user.type(name, "CONTOSO WhatsApp");
    await new Promise((resolve) => setTimeout(resolve, RENAME_CHECK_DELAY_MS + 100));
    expect(ctx.onNameChange).toHaveBeenLastCalledWith("CONTOSO WhatsApp");
    expect(name).not.toHaveAccessibleDescription(expect.stringContaining(ctx.text("whatsAppWizard.duplicate.name")));
  });

  it("after a status change says the form is stale and reloads it only when the admin confirms", async () => {
    const ctx = open({ confirmReload: false });
    await screen.findByText("Active");
    await ctx.user.click(button("Deactivate"));
    expect(await screen.findByText(ctx.text("whatsAppWizard.stale.notice"), { exact: false })).toBeInTheDocument();
    await ctx.user.click(button("Reload the form"));
    expect(ctx.confirmReload).toHaveBeenCalledTimes(1);
    expect(ctx.openRecord).not.toHaveBeenCalled(); // declined: unsaved edits stay
  });

  it("after a token rotation offers the reload, and reopens the same record when confirmed", async () => {
    const ctx = open({ confirmReload: true });
    await ctx.user.click(await screen.findByRole("button", { name: "Rotate auth token" }));
    await ctx.user.type(screen.getByLabelText(/^New auth token/), NEW_TOKEN);
    await ctx.user.click(button("Save new token"));
    await ctx.user.click(await screen.findByRole("button", { name: "Reload the form" }));
    expect(ctx.confirmReload).toHaveBeenCalledTimes(1);
    expect(ctx.openRecord).toHaveBeenCalledWith(ID);
  });

  it.each([
    [1033, /saved/gi],
    [1036, /enregistr/gi],
    [1031, /gespeichert/gi],
    [1041, /保存/g],
    [1025, /الحفظ|حفظ/g],
  ])('says once that the rotated token is saved, not "is saved. Saved." (lcid %i, issue 20 item 9)', async (lcid, saved) => {
    const ctx = open({ lcid });
    const strings = ctx.text;
    await ctx.user.click(await screen.findByRole("button", { name: strings("whatsAppWizard.rotate.button") }));
    await ctx.user.type(screen.getByLabelText(new RegExp(`^${strings("whatsAppWizard.rotate.label")}`)), NEW_TOKEN);
    await ctx.user.click(button(strings("whatsAppWizard.rotate.save")));
    const notice = await screen.findByText(strings("whatsAppWizard.rotate.saved"), { exact: false });
    expect(notice.textContent).toContain(strings("whatsAppWizard.stale.notice"));
    expect(notice.textContent!.match(saved)).toHaveLength(1);
  });

  it("where no Dataverse answers (pcf-start's plain Error) says so plainly and offers Try again", async () => {
    const ctx = open();
    ctx.faulty.inject({ method: "retrieveRecord", kind: "error", error: new Error(HARNESS_RETRIEVE_MESSAGE) });
    const message = await screen.findByText(ctx.text("error.noDataverse"), { exact: false });
    expect(message).toHaveTextContent("Error code for support: no-dataverse");
    expect(ctx.faulty.count("retrieveRecord")).toBe(1); // not retried: it will not pass by itself
    await ctx.user.click(button("Try again"));
    expect(await screen.findByText("Active")).toBeInTheDocument();
  });
});
