/**
 * Every rejection shape of `context.webAPI` (simulator/pcfHost/platformErrors.ts, sources named there)
 * replayed through the wizard's create: retried or not, treated as ambiguous or not, and the
 * message the admin reads.
 */
import { screen } from "@testing-library/react";
import { formatMessage } from "../../../plugins-shim/rules";
import { PLATFORM_ERRORS, PlatformErrorFixture } from "../../../simulator/pcfHost/platformErrors";
import { addNumbers, setup, SID, TOKEN } from "./harness";

// userEvent on a shared, loaded machine: generous, and no timing is asserted.
jest.setTimeout(60000);

const NAME = "Contoso WhatsApp";
const button = (name: string) => screen.getByRole("button", { name });

/** Name → credentials → review, pasting (as admins do) to keep the replay quick. */
async function fillToReview(ctx: ReturnType<typeof setup>): Promise<void> {
  await ctx.user.click(screen.getByRole("textbox", { name: /^Name/ }));
  await ctx.user.paste(NAME);
  await ctx.user.click(button("Next"));
  await ctx.user.click(await screen.findByRole("textbox", { name: /^Account SID/ }));
  await ctx.user.paste(SID);
  await ctx.user.click(screen.getByLabelText(/^Auth token/));
  await ctx.user.paste(TOKEN);
  await ctx.user.click(button("Next"));
  await addNumbers(ctx.user);
  await ctx.user.click(button("Next"));
  await screen.findByText(ctx.text("whatsAppWizard.review.intro"));
}

/** The failure's plain-words message as the admin reads it. */
function expectedMessage(ctx: ReturnType<typeof setup>, fixture: PlatformErrorFixture): string {
  const message = (fixture.error as { message?: string }).message ?? "";
  return formatMessage(ctx.text(`error.${fixture.expect.kind}`), { detail: message });
}

const rows = (fixtures: readonly PlatformErrorFixture[]) => fixtures.map((fixture) => [fixture.name, fixture] as const);

describe("the wizard against every platform error shape", () => {
  it.each(rows(PLATFORM_ERRORS))("a create rejected with %s", async (_name, fixture) => {
    const ctx = setup();
    await fillToReview(ctx);
    ctx.faulty.inject({ method: "createRecord", kind: "error", error: fixture.error });
    await ctx.user.click(button("Create account"));

    if (fixture.expect.retried) {
      // Retried with a pause, then created once.
      await screen.findByDisplayValue(/^https:/);
      expect(ctx.accountCreates()).toBe(2);
      expect(ctx.pauses.length).toBeGreaterThan(0);
      expect(await ctx.accounts()).toHaveLength(1);
      return;
    }

    const shown = await screen.findByText(expectedMessage(ctx, fixture), { exact: false });
    expect(shown).toHaveTextContent(/Error code for support: \S+/);
    expect(shown.textContent).not.toMatch(/support: unknown/);
    expect(ctx.accountCreates()).toBe(1);
    expect(ctx.pauses).toEqual([]);
    expect(await ctx.accounts()).toHaveLength(0);

    const tryAgain = screen.queryByRole("button", { name: "Try again" });
    if (!fixture.expect.ambiguous) {
      // A definitive refusal: trying the same again cannot help; what was typed stays.
      expect(tryAgain).toBeNull();
      return;
    }
    // Not definitive: Try again looks for the account first (by name and SID), then creates it.
    const lookupsBefore = ctx.faulty.count("retrieveMultipleRecords");
    await ctx.user.click(tryAgain!);
    await screen.findByDisplayValue(/^https:/);
    expect(ctx.faulty.count("retrieveMultipleRecords")).toBeGreaterThan(lookupsBefore);
    expect(await ctx.accounts()).toHaveLength(1);
  });

  it.each(rows(PLATFORM_ERRORS.filter((fixture) => fixture.expect.ambiguous)))(
    "a create the server saved whose answer came back as %s: one account, adopted, inbound URL shown",
    async (_name, fixture) => {
      const ctx = setup();
      await fillToReview(ctx);
      ctx.faulty.inject({ method: "createRecord", kind: "afterCommit", error: fixture.error });
      await ctx.user.click(button("Create account"));
      if (!fixture.expect.retried) {
        // Not retried by itself: the admin's next click must find the account, not a conflict.
        await screen.findByText(expectedMessage(ctx, fixture), { exact: false });
        await ctx.user.click(button("Create account"));
      }
      await screen.findByDisplayValue(/^https:/);
      expect(screen.getByText(ctx.text("whatsAppWizard.done.recovered"), { exact: false })).toBeInTheDocument();
      expect(screen.queryByText(ctx.text("whatsAppWizard.duplicate.name"))).toBeNull();
      expect(ctx.accountCreates()).toBe(1);
      expect(await ctx.accounts()).toHaveLength(1);
    },
  );

  it("an error code nobody documented is never just 'unknown': the server's words, the code, Try again", async () => {
    const ctx = setup();
    await fillToReview(ctx);
    ctx.faulty.inject({
      method: "createRecord",
      kind: "error",
      error: { errorCode: 0x80040999, message: "The moon is in the wrong phase." },
    });
    await ctx.user.click(button("Create account"));
    const shown = await screen.findByText(ctx.text("error.unknown"), { exact: false });
    expect(shown).toHaveTextContent("Dynamics 365 said: The moon is in the wrong phase.");
    expect(shown).toHaveTextContent("Error code for support: 0x80040999");
    expect(button("Try again")).toBeEnabled();
  });
});
