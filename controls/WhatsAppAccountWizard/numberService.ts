import { classifyError, DataverseClient, RetryOptions, withRetry } from "../../plugins-shim/client";
import type { Diagnostic } from "../../plugins-shim/rules/diagnostics";
import { validatePlainColumnRecord } from "../../plugins-shim/rules/validateColumnRecord";
import { ENTITY_SETS } from "../../plugins-shim/schema/entitySets";
import { WHATSAPP_NUMBER_TYPED as table } from "../../plugins-shim/schema/whatsappNumberTyped";
import { createOnce, CreateOutcome } from "./accountService";
import { normalizeName } from "./accountValidation";

/**
 * The account's WhatsApp numbers (msdyn_ocwhatsappchannelnumber, plugins-shim/schema/whatsappNumber.ts):
 * checks from the schema, and every call retried like the account's. A number is created at most
 * once: after a lost answer it is found again on its account by its phone number and adopted.
 */

const TABLE = table.logicalName;
const ID = table.primaryIdAttribute;
const PHONE = "msdyn_organizationphonenumber";

export interface NumberInput {
  name: string;
  number: string;
}

export interface SavedNumber extends NumberInput {
  id: string;
}

export type NumberErrors = Partial<Record<keyof NumberInput, Diagnostic>>;

/** As Twilio writes a sender ("whatsapp:+14155550100") or as people group digits: kept as + and digits. */
export const normalizeNumber = (value: string): string =>
  value
    .trim()
    .replace(/^whatsapp:/i, "")
    .replace(/[\s().-]/g, "");

const toRecord = (input: NumberInput) => ({ msdyn_name: normalizeName(input.name), [PHONE]: normalizeNumber(input.number) });

/** The typed values' problems, by field (the first of each). */
export function validateNumber(input: NumberInput): NumberErrors {
  const errors: NumberErrors = {};
  for (const found of validatePlainColumnRecord(table, toRecord(input), { operation: "update" })) {
    const field = found.column === PHONE ? "number" : "name";
    errors[field] ??= found;
  }
  return errors;
}

export async function listNumbers(client: DataverseClient, accountId: string, retry: RetryOptions): Promise<SavedNumber[]> {
  const { entities } = await withRetry(
    () =>
      client.retrieveMultipleRecords(TABLE, `?$select=${ID},msdyn_name,${PHONE}&$filter=_msdyn_ocwhatsappaccountid_value eq ${accountId}`),
    retry,
  );
  // Both columns are required (msdyn_name by the form, the number by the server): read as text.
  return entities.map((row) => ({ id: row[ID] as string, name: row.msdyn_name as string, number: row[PHONE] as string }));
}

/** One number on the account, at most once (createOnce): a lost answer is found again by account and number. */
export function createNumberOnce(
  client: DataverseClient,
  accountId: string,
  input: NumberInput,
  retry: RetryOptions,
): Promise<CreateOutcome> {
  const phone = normalizeNumber(input.number);
  return createOnce(
    () =>
      client.createRecord(TABLE, {
        ...toRecord(input),
        // The lookup's navigation property (not confirmed by the reference page: whatsappNumber.ts).
        "msdyn_ocwhatsappaccountid@odata.bind": `/${ENTITY_SETS.msdyn_ocwhatsappchannelaccount}(${accountId})`,
      }),
    async () => (await listNumbers(client, accountId, { ...retry, maxAttempts: 1 })).find((saved) => saved.number === phone)?.id,
    retry,
  );
}

/**
 * The wizard's numbers on a new account. `context.webAPI` has no `$batch` change set, so the
 * account and its numbers can't be one transaction: numbers already on the account (an earlier
 * click whose answer was lost) are adopted, the rest created one at a time, each at most once.
 * Try again after a failure runs this again and so never duplicates one.
 */
export async function saveNumbers(
  client: DataverseClient,
  accountId: string,
  inputs: readonly NumberInput[],
  retry: RetryOptions,
): Promise<SavedNumber[]> {
  const existing = await listNumbers(client, accountId, retry);
  const saved: SavedNumber[] = [];
  for (const input of inputs) {
    const number = normalizeNumber(input.number);
    const found = existing.find((row) => row.number === number);
    saved.push(found ?? { id: (await createNumberOnce(client, accountId, input, retry)).id, name: normalizeName(input.name), number });
  }
  return saved;
}

/** Deletes a number; one already gone (a retried delete whose first answer was lost) counts as deleted. */
export async function deleteNumber(client: DataverseClient, id: string, retry: RetryOptions): Promise<void> {
  try {
    await withRetry(() => client.deleteRecord(TABLE, id), retry);
  } catch (reason) {
    // 0x80040217 ObjectDoesNotExist (ErrorCodes.ObjectDoesNotExist), as classifyError spells it for support.
    if (classifyError(reason).supportCode !== "0x80040217") throw reason;
  }
}
