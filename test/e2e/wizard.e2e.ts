/**
 * WhatsAppAccountWizard in real Chromium: keyboard only, over the in-memory organization with
 * faults injected from the playground's side panel. The faults reject with what context.webAPI
 * rejects with (`{ errorCode, message }`, simulator/pcfHost/platformErrors.ts) and go through the
 * control's real adapter (createWebApiClient over context.webAPI).
 */
import type { Page } from "playwright-core";
import { loadResxStrings } from "../../simulator/pcfHost/fieldContext";
import { axeViolations } from "./support/axe";
import { eventually } from "./support/eventually";
import { playgroundPerFile } from "./support/playground";

const en = loadResxStrings(1033);
const SID = "AC0123456789abcdef0123456789abcdef";
const TOKEN = "f00dfeedf00dfeedf00dfeedf00dbeef";
const currentSession = playgroundPerFile();

const wizard = () => currentSession().page.getByTestId("wizard-slot");
const accountCount = async () => Number(await currentSession().page.getByTestId("account-count").innerText());
const requestCount = async () => Number(await currentSession().page.getByTestId("request-count").innerText());
const numberCount = async () => Number(await currentSession().page.getByTestId("number-count").innerText());

/** The accessible name of the focused element (label, aria-label or text). */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return "";
    const labelledBy = element.getAttribute("aria-labelledby");
    const label =
      element.getAttribute("aria-label") ??
      (labelledBy
        ? labelledBy
            .split(" ")
            .map((id) => document.getElementById(id)?.textContent ?? "")
            .join(" ")
        : null) ??
      (element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null) ??
      element.textContent;
    return (label ?? "").trim();
  });

/** Presses Tab until the focused element's name starts with `name` (keyboard only, as a user would). */
async function tabTo(name: string, maxPresses = 12): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    const current = await focusedName(currentSession().page);
    if (current.startsWith(name) && (await currentSession().page.evaluate(() => document.activeElement !== document.body))) return;
    await currentSession().page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached "${name}" (focus is on "${await focusedName(currentSession().page)}")`);
}

async function waitForHeading(stepKey: string): Promise<void> {
  await wizard()
    .getByRole("heading", { name: new RegExp(en[stepKey]) })
    .waitFor({ timeout: 30000 });
}

/** On the numbers step: Display name, Tab, Number, Enter (adds it), by keyboard only. */
async function typeNumber(name: string, number: string): Promise<void> {
  await tabTo(en["whatsAppWizard.numbers.nameLabel"]);
  await currentSession().page.keyboard.type(name);
  await currentSession().page.keyboard.press("Tab");
  await currentSession().page.keyboard.type(number);
  await currentSession().page.keyboard.press("Enter");
}

/** Name → credentials → numbers → review (or only to the numbers step, given none), by keyboard only. Focus starts in the Name box (as after tabbing into the form). */
async function fillWizard(name: string, numbers: readonly (readonly [string, string])[] = [["Sales", "+14155550100"]]): Promise<void> {
  await wizard().getByRole("textbox", { name: en["whatsAppWizard.name.label"] }).focus();
  await currentSession().page.keyboard.type(name);
  await tabTo(en["whatsAppWizard.button.next"]);
  await currentSession().page.keyboard.press("Enter");
  await waitForHeading("whatsAppWizard.step.credentials.title");
  await tabTo(en["whatsAppWizard.accountSid.label"]);
  await currentSession().page.keyboard.type(SID);
  await tabTo(en["whatsAppWizard.authToken.label"]);
  await currentSession().page.keyboard.type(TOKEN);
  await tabTo(en["whatsAppWizard.button.next"]);
  await currentSession().page.keyboard.press("Enter");
  await waitForHeading("whatsAppWizard.step.numbers.title");
  // No numbers given: stay on the numbers step.
  if (numbers.length === 0) return;
  for (const [display, number] of numbers) await typeNumber(display, number);
  await tabTo(en["whatsAppWizard.button.next"]);
  await currentSession().page.keyboard.press("Enter");
  await waitForHeading("whatsAppWizard.step.review.title");
}

async function createByKeyboard(): Promise<void> {
  await tabTo(en["whatsAppWizard.button.create"]);
  await currentSession().page.keyboard.press("Enter");
  await waitForHeading("whatsAppWizard.step.done.title");
  // The platform fills the inbound URL after the save; the wizard shows it when it arrives.
  const url = wizard().getByRole("textbox", { name: en["whatsAppWizard.done.urlLabel"] });
  const shown = await eventually(
    () => url.inputValue().catch(() => ""),
    (value) => value !== "",
    30000,
  );
  expect(shown).toMatch(/^https:\/\/contoso\.omnichannelengagementhub\.com\/whatsapp\/twilio\/[0-9a-f-]{36}$/);
  // The provisioning state is watched until it settles (the playground's fake: about 1.5 s).
  await wizard().getByRole("button", { name: en["whatsAppWizard.button.cancel"] }).waitFor({ state: "detached", timeout: 30000 });
}

async function expectTokenGone(): Promise<void> {
  const html = await currentSession().page.content();
  const values = await currentSession().page.evaluate(() =>
    [...document.querySelectorAll("input, textarea")].map((element) => (element as HTMLInputElement).value),
  );
  expect(html).not.toContain(TOKEN);
  expect(values).not.toContain(TOKEN);
}

/** The side panel's fault button, clicked without moving the keyboard focus away from the wizard. */
const injectFault = (id: string) => currentSession().page.locator(`button[data-fault="${id}"]`).dispatchEvent("click");
const pendingFaults = async () => Number(await currentSession().page.getByTestId("pending-faults").innerText());

describe("WhatsAppAccountWizard in Chromium", () => {
  it("creates an account by keyboard only, shows the inbound URL, and the token is gone from the DOM", async () => {
    await fillWizard("Contoso WhatsApp");
    const review = await wizard().innerText();
    expect(review).toContain("Contoso WhatsApp");
    expect(review).toContain(SID);
    expect(review).not.toContain(TOKEN);
    await createByKeyboard();
    expect(await eventually(accountCount, (count) => count === 1)).toBe(1);
    await expectTokenGone();
    await currentSession().screenshot("wizard-created");
  });

  it("retries service protection (no Retry-After) and a network fault without losing what was typed", async () => {
    await fillWizard("Fabrikam WhatsApp");
    await injectFault("throttled");
    await injectFault("network");
    expect(await eventually(pendingFaults, (count) => count === 2)).toBe(2);
    await createByKeyboard();
    expect(await eventually(pendingFaults, (count) => count === 0)).toBe(0);
    expect(await eventually(accountCount, (count) => count === 1)).toBe(1);
    expect(await wizard().innerText()).toContain(en["whatsAppWizard.done.created"].replace("{name}", "Fabrikam WhatsApp"));
    await expectTokenGone();
    await currentSession().screenshot("wizard-retried");
  });

  it("does not create a second record when the create's response is lost after the server saved it", async () => {
    await fillWizard("Northwind WhatsApp");
    await injectFault("afterCommit");
    await createByKeyboard();
    expect(await eventually(pendingFaults, (count) => count === 0)).toBe(0);
    // Let any stray retry land before counting.
    const requests = await eventually(requestCount, () => false, 1500);
    expect(requests).toBeGreaterThan(0);
    expect(await accountCount()).toBe(1);
    // The wizard found its own earlier create instead of failing on the duplicate-detection rule.
    expect(await wizard().innerText()).toContain(en["whatsAppWizard.done.recovered"]);
    await expectTokenGone();
    await currentSession().screenshot("wizard-after-commit");
  });

  it("after a create the server saved but answered with 0x80040216: one account, adopted, inbound URL shown", async () => {
    await fillWizard("Litware WhatsApp");
    await injectFault("afterCommitUnexpected");
    expect(await eventually(pendingFaults, (count) => count === 1)).toBe(1);
    // First click: the server saved, the answer is an unexpected error; retried by looking first.
    await createByKeyboard();
    expect(await eventually(pendingFaults, (count) => count === 0)).toBe(0);
    expect(await eventually(accountCount, (count) => count === 1)).toBe(1);
    const text = await wizard().innerText();
    expect(text).toContain(en["whatsAppWizard.done.recovered"]);
    expect(text).not.toContain(en["whatsAppWizard.duplicate.name"]);
    await expectTokenGone();
    await currentSession().screenshot("wizard-adopted-after-unexpected");
  });

  it("Cancel on Retrying… after a create whose answer was lost: says so, reads again, adopts the account (issue 20 item 3)", async () => {
    await fillWizard("Tailspin WhatsApp");
    // Throttled twice (never applied), then saved with the answer lost: the pause before the
    // fourth attempt (2–4 s) is the one to cancel.
    await injectFault("throttledCreate");
    await injectFault("throttledCreate");
    await injectFault("afterCommit");
    expect(await eventually(pendingFaults, (count) => count === 3)).toBe(3);
    await tabTo(en["whatsAppWizard.button.create"]);
    await currentSession().page.keyboard.press("Enter");
    await wizard()
      .getByText(/attempt 4 of 5/)
      .waitFor({ timeout: 30000 });
    await wizard().getByRole("button", { name: en["whatsAppWizard.button.cancel"] }).click();
    await waitForHeading("whatsAppWizard.step.done.title");
    expect(await eventually(pendingFaults, (count) => count === 0)).toBe(0);
    const text = await wizard().innerText();
    expect(text).toContain(en["whatsAppWizard.done.recovered"]);
    expect(text).not.toContain(en["whatsAppWizard.task.cancelled"]);
    expect(text).not.toContain(en["whatsAppWizard.duplicate.accountSid"]);
    expect(await accountCount()).toBe(1);
    await expectTokenGone();
    await currentSession().screenshot("wizard-cancel-adopted");
  });

  describe("WhatsApp numbers and provisioning (issue 22)", () => {
    it("creates an account with two numbers; the one typed wrong first is refused before any call", async () => {
      await fillWizard("Fourth Coffee WhatsApp", []);
      // The side panel refreshes its counts every 300 ms: let the SID check's request show first.
      const before = await eventually(requestCount, () => false, 1000);
      // No "+": refused as typed and on Enter, and nothing is sent.
      await typeNumber("Sales", "4155550100");
      const refusal = wizard().getByText(en["validation.format.whatsAppNumber"]);
      await refusal.waitFor({ timeout: 30000 });
      expect(await wizard().getByRole("list", { name: en["whatsAppWizard.step.numbers.title"] }).count()).toBe(0);
      await currentSession().screenshot("wizard-number-refused");
      // Corrected in place: the field still holds what was typed.
      const number = wizard().getByRole("textbox", { name: new RegExp(`^${en["whatsAppWizard.numbers.numberLabel"]}`) });
      await number.focus();
      await currentSession().page.keyboard.press("Home");
      await currentSession().page.keyboard.type("+1");
      await currentSession().page.keyboard.press("Enter");
      await typeNumber("Support", "+14155550101");
      const list = wizard().getByRole("list", { name: en["whatsAppWizard.step.numbers.title"] });
      expect(await list.getByRole("listitem").count()).toBe(2);
      expect(await eventually(requestCount, () => false, 1000)).toBe(before);
      await currentSession().screenshot("wizard-numbers");
      await tabTo(en["whatsAppWizard.button.next"]);
      await currentSession().page.keyboard.press("Enter");
      await waitForHeading("whatsAppWizard.step.review.title");
      const review = await wizard().innerText();
      expect(review).toContain("+14155550100");
      expect(review).toContain("+14155550101");
      await currentSession().screenshot("wizard-review-numbers");
      await createByKeyboard();
      expect(await eventually(numberCount, (count) => count === 2)).toBe(2);
      expect(await accountCount()).toBe(1);
      await wizard()
        .getByText(en["whatsAppWizard.provisioning.label"].replace("{status}", en["provisioningState.running"]))
        .waitFor({ timeout: 30000 });
      await currentSession().screenshot("wizard-provisioned");
    });

    it("a number's create saved but answered with an error: exactly two numbers after Try again", async () => {
      await fillWizard("Alpine Ski WhatsApp", [
        ["Sales", "+14155550100"],
        ["Support", "+14155550101"],
      ]);
      await injectFault("afterCommitNumber");
      expect(await eventually(pendingFaults, (count) => count === 1)).toBe(1);
      await tabTo(en["whatsAppWizard.button.create"]);
      await currentSession().page.keyboard.press("Enter");
      const tryAgain = wizard().getByRole("button", { name: en["whatsAppWizard.button.tryAgain"] });
      await tryAgain.waitFor({ timeout: 30000 });
      expect(await eventually(numberCount, (count) => count === 1)).toBe(1);
      await currentSession().screenshot("wizard-number-answer-lost");
      await tryAgain.click();
      await waitForHeading("whatsAppWizard.step.done.title");
      expect(await eventually(numberCount, (count) => count === 2)).toBe(2);
      // Let any stray request land before counting again.
      await eventually(requestCount, () => false, 1500);
      expect(await numberCount()).toBe(2);
      expect(await accountCount()).toBe(1);
    });

    it("provisioning that ends in Error shows the platform's message", async () => {
      const message = "Twilio rejected the credentials (HTTP 401). Check the Account SID and Auth token.";
      await currentSession().page.getByTestId("provisioning-fails").check();
      await fillWizard("Bellows WhatsApp");
      await createByKeyboard();
      await wizard().getByText(en["whatsAppWizard.provisioning.failed"].replace("{detail}", message)).waitFor({ timeout: 30000 });
      await currentSession().screenshot("wizard-provisioning-error");
    });
  });

  describe("keyboard focus never falls to <body> (issue 20 item 7)", () => {
    const focusIsOnBody = () =>
      currentSession().page.evaluate(() => document.activeElement === null || document.activeElement === document.body);

    it("while a retried name check runs, and after Cancel on Retrying…", async () => {
      await wizard().getByRole("textbox", { name: en["whatsAppWizard.name.label"] }).focus();
      await currentSession().page.keyboard.type("Wingtip WhatsApp");
      // Three throttled answers to the name check: the pause before the fourth try is 2–4 s.
      for (let fault = 0; fault < 3; fault += 1) await injectFault("throttled");
      await tabTo(en["whatsAppWizard.button.next"]);
      await currentSession().page.keyboard.press("Enter");
      await wizard()
        .getByText(/Retrying in/)
        .waitFor({ timeout: 30000 });
      expect(await focusIsOnBody()).toBe(false);
      expect(await focusedName(currentSession().page)).toBe(en["whatsAppWizard.button.cancel"]);
      await wizard()
        .getByText(/attempt 4 of 5/)
        .waitFor({ timeout: 30000 });
      await currentSession().screenshot("wizard-focus-retrying");
      await currentSession().page.keyboard.press("Enter");
      await wizard().getByText(en["whatsAppWizard.task.cancelled"]).waitFor({ timeout: 30000 });
      expect(await focusIsOnBody()).toBe(false);
      expect(await focusedName(currentSession().page)).toBe(en["whatsAppWizard.button.next"]);
      await currentSession().screenshot("wizard-focus-after-cancel");
    });

    it("after Cancel on Retrying… during a create", async () => {
      await fillWizard("Adatum WhatsApp");
      for (let fault = 0; fault < 3; fault += 1) await injectFault("throttledCreate");
      await tabTo(en["whatsAppWizard.button.create"]);
      await currentSession().page.keyboard.press("Enter");
      await wizard()
        .getByText(/attempt 4 of 5/)
        .waitFor({ timeout: 30000 });
      expect(await focusedName(currentSession().page)).toBe(en["whatsAppWizard.button.cancel"]);
      await currentSession().page.keyboard.press("Enter");
      await wizard().getByText(en["whatsAppWizard.task.cancelled"]).waitFor({ timeout: 30000 });
      expect(await focusIsOnBody()).toBe(false);
      expect(await focusedName(currentSession().page)).toBe(en["whatsAppWizard.button.create"]);
      expect(await accountCount()).toBe(0);
    });

    it("after Rotate auth token (on the new field) and after Save new token", async () => {
      await fillWizard("Proseware WhatsApp");
      await createByKeyboard();
      await tabTo(en["whatsAppWizard.button.openAccount"]);
      await currentSession().page.keyboard.press("Enter");
      const record = currentSession().page.getByLabel("Form record");
      const id = await eventually(
        () => record.locator("option").last().getAttribute("value"),
        (value) => Boolean(value),
      );
      await record.selectOption(id!);
      const rotate = wizard().getByRole("button", { name: en["whatsAppWizard.rotate.button"] });
      await rotate.waitFor({ timeout: 30000 });
      await eventually(
        () => rotate.isEnabled(),
        (enabled) => enabled,
      );
      await rotate.focus();
      await currentSession().page.keyboard.press("Enter");
      // The label of a required field ends with its asterisk.
      expect(await focusedName(currentSession().page)).toMatch(new RegExp(`^${en["whatsAppWizard.rotate.label"]}`));
      await currentSession().page.keyboard.type("0123456789abcdef0123456789abcdef");
      await tabTo(en["whatsAppWizard.rotate.save"]);
      await currentSession().page.keyboard.press("Enter");
      await wizard().getByText(en["whatsAppWizard.rotate.saved"]).waitFor({ timeout: 30000 });
      expect(await focusIsOnBody()).toBe(false);
      expect(await focusedName(currentSession().page)).toBe(en["whatsAppWizard.rotate.button"]);
      await currentSession().screenshot("wizard-focus-after-rotation");
    });
  });

  it.each(["light", "dark", "highContrast"])("has no axe violations on each step (%s theme)", async (theme) => {
    await currentSession().open(`?theme=${theme}`);
    expect(await axeViolations(currentSession().page, '[data-testid="wizard-slot"]')).toEqual([]);
    await fillWizard(`Axe ${theme}`);
    expect(await axeViolations(currentSession().page, '[data-testid="wizard-slot"]')).toEqual([]);
    await createByKeyboard();
    expect(await axeViolations(currentSession().page, '[data-testid="wizard-slot"]')).toEqual([]);
    await currentSession().screenshot(`wizard-axe-${theme}`);
  });
});
