/**
 * docs/screenshots/wizard-numbers-<variant>.png and wizard-done-<variant>.png: the WhatsApp
 * wizard's numbers step (two numbers, one refused as typed) and its last step (provisioning state,
 * inbound URL, Twilio checklist), driven in the playground by the labels of the page's language.
 * Called by screenshots.ts for each theme and language variant.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { Lcid, loadResxStrings } from "../simulator/pcfHost/fieldContext";

const SID = "AC0123456789abcdef0123456789abcdef";
const TOKEN = "f00dfeedf00dfeedf00dfeedf00dbeef";

export async function wizardStepScreenshots(page: Page, lcid: Lcid, outDir: string, variant: string): Promise<string[]> {
  const text = loadResxStrings(lcid);
  const slot = page.getByTestId("wizard-slot");
  // Labels are matched from their start (a required field's name ends with its asterisk); some hold "(".
  const startsWith = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
  const field = (label: string) => slot.getByRole("textbox", { name: startsWith(label) });
  const click = (name: string) => slot.getByRole("button", { name, exact: true }).click();
  const heading = (key: string) => slot.getByRole("heading", { name: new RegExp(startsWith(text[key]).source.slice(1)) }).waitFor();
  const shot = async (name: string) => {
    const file = path.join(outDir, `wizard-${name}-${variant}.png`);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await slot.screenshot({ path: file, animations: "disabled", caret: "hide" });
    return file;
  };

  await field(text["whatsAppWizard.name.label"]).fill(`Contoso WhatsApp ${variant}`);
  await click(text["whatsAppWizard.button.next"]);
  await heading("whatsAppWizard.step.credentials.title");
  await field(text["whatsAppWizard.accountSid.label"]).fill(SID);
  await slot.getByLabel(startsWith(text["whatsAppWizard.authToken.label"])).fill(TOKEN);
  await click(text["whatsAppWizard.button.next"]);
  await heading("whatsAppWizard.step.numbers.title");
  for (const [name, number] of [
    ["Sales", "+14155550100"],
    ["Support", "+14155550101"],
  ]) {
    await field(text["whatsAppWizard.numbers.nameLabel"]).fill(name);
    await field(text["whatsAppWizard.numbers.numberLabel"]).fill(number);
    await click(text["whatsAppWizard.numbers.add"]);
  }
  // A third number typed without its "+": refused as typed, nothing sent.
  await field(text["whatsAppWizard.numbers.nameLabel"]).fill("Billing");
  await field(text["whatsAppWizard.numbers.numberLabel"]).pressSequentially("4155550102");
  const files = [await shot("numbers")];
  await click(text["whatsAppWizard.button.next"]);
  await heading("whatsAppWizard.step.review.title");
  await click(text["whatsAppWizard.button.create"]);
  await heading("whatsAppWizard.step.done.title");
  await slot
    .getByText(text["whatsAppWizard.provisioning.label"].replace("{status}", text["provisioningState.running"]))
    .waitFor({ timeout: 30000 });
  files.push(await shot("done"));
  return files;
}
