import * as React from "react";
import { loadStrings as loadSharedStrings } from "../../../plugins-shim/strings/resx";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { CancelledError, createSerialClient, createWebApiClient, DataverseClient, RecordData } from "../../../plugins-shim/client";
import { InMemoryDataverse, InMemoryDataverseOptions } from "../../../simulator/organization/inMemoryDataverse";
import { createStrings } from "../../../controls/WhatsAppAccountWizard/strings";
import { RecordMode, WhatsAppAccountSetup } from "../../../controls/WhatsAppAccountWizard/WhatsAppAccountSetup";
import { FaultyDataverseClient } from "../../../simulator/pcfHost/faultyDataverseClient";

export const TABLE = "msdyn_ocwhatsappchannelaccount";
export const SID = "AC0123456789abcdef0123456789ABCDEF";
export const TOKEN = "f00dfeedf00dfeedf00dfeedf00dbeef";
export const OWNER_ID = "9a4c2d1e-0b7f-4e1a-9c3d-5e6f7a8b9c0d";

/** The shared .resx file of one language, as the host's getString would serve it. */
export const loadStrings = (lcid: number): Map<string, string> => new Map(Object.entries(loadSharedStrings(lcid)));

/** A sleep the test releases by hand, to look at the "retrying" state and to cancel it. */
export function gatedSleep() {
  const waiting: { ms: number; resolve: () => void }[] = [];
  const sleep = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(new CancelledError());
      signal?.addEventListener("abort", () => reject(new CancelledError()), { once: true });
      waiting.push({ ms, resolve });
    });
  return {
    sleep,
    waiting,
    releaseAll: () => waiting.splice(0).forEach((entry) => entry.resolve()),
  };
}

/** Web API reads carry the owner's formatted value; the in-memory org does not add annotations. */
function withOwnerNames(client: DataverseClient, names: Record<string, string>): DataverseClient {
  return {
    ...client,
    createRecord: (t, d) => client.createRecord(t, d),
    updateRecord: (t, i, d) => client.updateRecord(t, i, d),
    deleteRecord: (t, i) => client.deleteRecord(t, i),
    retrieveMultipleRecords: (t, o, m) => client.retrieveMultipleRecords(t, o, m),
    retrieveRecord: async (t, i, o) => {
      const record: RecordData = await client.retrieveRecord(t, i, o);
      const owner = record._ownerid_value;
      if (typeof owner === "string" && names[owner]) record["_ownerid_value@OData.Community.Display.V1.FormattedValue"] = names[owner];
      return record;
    },
  };
}

export interface SetupOptions {
  lcid?: number;
  mode?: RecordMode;
  privileges?: { create: boolean; write: boolean; numbers?: boolean };
  isOffline?: boolean;
  dataverse?: InMemoryDataverseOptions;
  seed?: RecordData[];
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  pollAttempts?: number;
  /** context.mode.isControlDisabled */
  disabled?: boolean;
  /** The bound Name as the form holds it. */
  accountName?: string;
  /** The admin's answer in the host's confirm dialog. */
  confirmReload?: boolean;
}

/** Two WhatsApp numbers as an admin types them on the numbers step. */
export const NUMBERS = [
  { name: "Sales", number: "+14155550100" },
  { name: "Support", number: "+14155550101" },
] as const;

export const NUMBER_TABLE = "msdyn_ocwhatsappchannelnumber";

/** Types each number on the numbers step (Display name, Number, Add number), pasting as admins copy them from Twilio. */
export async function addNumbers(
  user: ReturnType<typeof userEvent.setup>,
  numbers: readonly { name: string; number: string }[] = NUMBERS.slice(0, 1),
) {
  for (const { name, number } of numbers) {
    await user.click(await screen.findByRole("textbox", { name: /^Display name/ }));
    await user.paste(name);
    await user.click(screen.getByRole("textbox", { name: /^Number/ }));
    await user.paste(number);
    await user.click(screen.getByRole("button", { name: "Add number" }));
  }
}

export const inboundUrlFor = (id: string) => `https://whatsapp.contoso.example/twilio/inbound/${id}`;

export function setup(options: SetupOptions = {}) {
  const strings = loadStrings(options.lcid ?? 1033);
  const dataverse = new InMemoryDataverse({
    afterCreate: (table, record) =>
      table === TABLE ? { msdyn_twilioinboundurl: inboundUrlFor(String(record.msdyn_ocwhatsappchannelaccountid)) } : undefined,
    ...options.dataverse,
  });
  const seededIds = options.seed ? dataverse.seed(TABLE, options.seed) : [];
  const faulty = new FaultyDataverseClient(dataverse);
  const pauses: number[] = [];
  const instantSleep = async (ms: number, signal?: AbortSignal) => {
    if (signal?.aborted) throw new CancelledError();
    pauses.push(ms);
  };
  const openRecord = jest.fn();
  const confirmReload = jest.fn(async () => options.confirmReload ?? true);
  const onNameChange = jest.fn();
  const copy = jest.fn(async () => true);
  const user = userEvent.setup({ delay: null });
  const mode = options.mode ?? { kind: "new" };
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <WhatsAppAccountSetup
        mode={mode}
        isOffline={options.isOffline ?? false}
        privileges={options.privileges ?? { create: true, write: true }}
        disabled={options.disabled ?? false}
        accountName={options.accountName ?? ""}
        onNameChange={onNameChange}
        confirmReload={confirmReload}
        // The product's own adapter over context.webAPI normalizes what the fault fake rejects with
        // (the platform's raw shapes, simulator/pcfHost/platformErrors.ts), as in index.ts.
        client={createSerialClient(createWebApiClient(withOwnerNames(faulty, { [OWNER_ID]: "Nestor Wilke" })))}
        strings={createStrings((key) => strings.get(key) ?? `!!missing ${key}`)}
        formatInteger={(value) => new Intl.NumberFormat("en-US").format(value)}
        copy={copy}
        openRecord={openRecord}
        retryTuning={{ sleep: options.sleep ?? instantSleep, random: () => 0 }}
        poll={{ attempts: options.pollAttempts ?? 3, intervalMs: 1000 }}
      />
    </FluentProvider>,
  );
  const text = (key: string) => {
    const value = strings.get(key);
    if (value === undefined) throw new Error(`No string ${key}`);
    return value;
  };
  const accounts = async () => (await dataverse.retrieveMultipleRecords(TABLE)).entities;
  const numbers = async () => (await dataverse.retrieveMultipleRecords(NUMBER_TABLE)).entities;
  /** Creates sent for the account alone (each number is a create of its own). */
  const accountCreates = () => faulty.calls.filter((call) => call.method === "createRecord" && call.table === TABLE).length;
  return {
    ...view,
    user,
    dataverse,
    faulty,
    pauses,
    openRecord,
    confirmReload,
    onNameChange,
    copy,
    text,
    accounts,
    numbers,
    accountCreates,
    seededIds,
  };
}
