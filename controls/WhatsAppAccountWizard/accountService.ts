import {
  DataverseClient,
  EntityReference,
  odataString,
  RecordData,
  RetryOptions,
  classifyError,
  withRetry,
} from "../../plugins-shim/client";
import { msdyn_ocwhatsappchannelaccount as table, WHATSAPP_STATUS_CHOICES } from "../../plugins-shim/schema/whatsappAccount";
import { AccountInput, normalizeName, TOKEN_COLUMN, toCreateRecord } from "./accountValidation";

/**
 * Every Dataverse call the control makes, each retried on throttling and transient faults.
 * Pure functions of a DataverseClient: no React, no host.
 */

const TABLE = table.logicalName;
const ID = table.primaryIdAttribute;
const OWNER_NAME = "_ownerid_value@OData.Community.Display.V1.FormattedValue";

export interface AccountSummary {
  id: string;
  name: string;
  accountSid: string;
  stateCode: number;
  ownerName?: string;
  inboundUrl?: string;
}

export type Conflict = "name" | "accountSid";

const filterValue = (value: string): string => encodeURIComponent(odataString(value));

async function firstMatch(client: DataverseClient, filter: string, retry: RetryOptions): Promise<RecordData | undefined> {
  const result = await withRetry(
    () => client.retrieveMultipleRecords(TABLE, `?$select=${ID},msdyn_name,msdyn_provideraccountid&$filter=${filter}&$top=1`),
    retry,
  );
  return result.entities[0];
}

/**
 * The one uniqueness rule, for a create and for a rename alike: another account (not `exceptId`,
 * the account being renamed) whose name is the same once trimmed and with runs of spaces made one,
 * compared case-insensitively as Dataverse's `eq` compares text; or whose Account SID is the same.
 */
export async function findConflicts(
  client: DataverseClient,
  values: { name?: string; accountSid?: string },
  retry: RetryOptions,
  exceptId?: string,
): Promise<Conflict[]> {
  const others = exceptId === undefined ? "" : ` and ${ID} ne ${exceptId}`;
  const conflicts: Conflict[] = [];
  if (values.name !== undefined && (await firstMatch(client, `msdyn_name eq ${filterValue(normalizeName(values.name))}${others}`, retry))) {
    conflicts.push("name");
  }
  if (
    values.accountSid !== undefined &&
    (await firstMatch(client, `msdyn_provideraccountid eq ${filterValue(values.accountSid.trim())}${others}`, retry))
  ) {
    conflicts.push("accountSid");
  }
  return conflicts;
}

/** The account an earlier, unanswered create may have made: same name and same SID. */
export async function findOwnEarlierCreate(client: DataverseClient, input: AccountInput, retry: RetryOptions): Promise<string | undefined> {
  const match = await firstMatch(
    client,
    `msdyn_name eq ${filterValue(normalizeName(input.name))} and msdyn_provideraccountid eq ${filterValue(input.accountSid.trim())}`,
    retry,
  );
  return match ? String(match[ID]) : undefined;
}

export interface CreateOutcome {
  id: string;
  /** True when the create's answer was lost and the account was found afterwards. */
  recovered: boolean;
}

/**
 * Creates a record at most once. A throttled create never ran and is simply sent again; after any
 * failure that is not a definitive refusal (lost answer, 0x80040216, an unknown error) the next
 * attempt first looks for the record (`find`) and adopts it instead of creating a second one.
 * `mayExist` starts true when an earlier click ended that way. The account and each of its
 * numbers are created this way: no Web API call through context.webAPI saves them as one unit.
 */
export async function createOnce(
  create: () => Promise<EntityReference>,
  find: () => Promise<string | undefined>,
  retry: RetryOptions,
  mayExist = false,
  onAmbiguous?: () => void,
): Promise<CreateOutcome> {
  let checkFirst = mayExist;
  return withRetry(async () => {
    if (checkFirst) {
      const existing = await find();
      if (existing) return { id: existing, recovered: true };
    }
    try {
      return { id: (await create()).id, recovered: false };
    } catch (reason) {
      if (classifyError(reason).ambiguous) {
        checkFirst = true;
        onAmbiguous?.();
      }
      throw reason;
    }
  }, retry);
}

/** The account, at most once: found again by name and SID after a lost answer. */
export const createAccountOnce = (
  client: DataverseClient,
  input: AccountInput,
  retry: RetryOptions,
  mayExist = false,
  onAmbiguous?: () => void,
): Promise<CreateOutcome> =>
  createOnce(
    () => client.createRecord(TABLE, toCreateRecord(input)),
    () => findOwnEarlierCreate(client, input, { ...retry, maxAttempts: 1 }),
    retry,
    mayExist,
    onAmbiguous,
  );

export const loadAccount = async (client: DataverseClient, id: string, retry: RetryOptions): Promise<AccountSummary> => {
  const record = await withRetry(
    () => client.retrieveRecord(TABLE, id, `?$select=msdyn_name,msdyn_provideraccountid,statecode,_ownerid_value,msdyn_twilioinboundurl`),
    retry,
  );
  const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);
  return {
    id,
    name: text(record.msdyn_name) ?? "",
    accountSid: text(record.msdyn_provideraccountid) ?? "",
    stateCode: typeof record.statecode === "number" ? record.statecode : 0,
    ownerName: text(record[OWNER_NAME]),
    inboundUrl: text(record.msdyn_twilioinboundurl),
  };
};

/** Activate (state 0) or deactivate (state 1) with the status reason the schema pairs with it. */
export async function setAccountState(client: DataverseClient, id: string, stateCode: number, retry: RetryOptions): Promise<void> {
  const status = WHATSAPP_STATUS_CHOICES.find((choice) => choice.state === stateCode);
  if (!status) throw new Error(`No status reason for state ${stateCode}`);
  await withRetry(() => client.updateRecord(TABLE, id, { statecode: stateCode, statuscode: status.value }), retry);
}

export async function rotateAuthToken(client: DataverseClient, id: string, authToken: string, retry: RetryOptions): Promise<void> {
  await withRetry(() => client.updateRecord(TABLE, id, { [TOKEN_COLUMN]: authToken.trim() }), retry);
}
