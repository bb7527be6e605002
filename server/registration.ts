import type { DataverseClient, RecordData } from "../plugins-shim/client";
import { getTable } from "../plugins-shim/schema";
import { Mode, Stage } from "./remoteContext";

/**
 * The webhook's registration as Web API rows (issue 24, item 3): one `serviceendpoint` (webhook
 * contract) and one `sdkmessageprocessingstep` per step server/ handles, created or updated by
 * name (so a second run changes nothing), or removed.
 *
 * Columns and choice values from Microsoft's table/entity references (MicrosoftDocs/powerapps-docs,
 * developer/data-platform/reference/entities/serviceendpoint.md and sdkmessageprocessingstep.md):
 * - serviceendpoint: contract 8 = Webhook; authtype 5 = Http Header, 4 = Webhook Key; url; authvalue.
 * - sdkmessageprocessingstep: stage 10 Pre-validation / 40 Post-operation; mode 0 Synchronous /
 *   1 Asynchronous; rank (execution order); supporteddeployment 0 = Server Only; asyncautodelete;
 *   eventhandler (Lookup to plugintype or serviceendpoint, bound as `eventhandler_serviceendpoint`,
 *   the Web API's name for a multi-table lookup's navigation property); sdkmessageid;
 *   sdkmessagefilterid (the message on one table: sdkmessagefilter.primaryobjecttypecode).
 *
 * Not confirmed by Microsoft's pages: the text of an HttpHeader authvalue. The Plug-in
 * Registration tool stores the pairs as `<settings><setting name="…" value="…" /></settings>`,
 * as community registration scripts write it; "Register a WebHook" only shows the pairs. A
 * WebhookKey authvalue is the value alone ("Register a WebHook", Authentication options).
 *
 * The pre-image of each PreValidation Update step: one `sdkmessageprocessingstepimage` row, found by
 * its step and its alias (sdkmessageprocessingstepimage.md): imagetype 0 = PreImage; entityalias
 * (SystemRequired, "Key name used to access the pre-image or post-image property bags in a
 * step": the key of PreEntityImages); name (SystemRequired); messagepropertyname (SystemRequired,
 * "Name of the property on the Request message": "Target" for Update, "Register a plug-in",
 * Messages that support table images); attributes ("Comma-separated list of attributes");
 * sdkmessageprocessingstepid (Lookup sdkmessageprocessingstep). Its navigation property is
 * taken to be `sdkmessageprocessingstepid`, like the step's `sdkmessageid`/`sdkmessagefilterid`
 * (ReferencingEntityNavigationPropertyName = the lookup's name there); the image page read does
 * not list it: not confirmed.
 * The attributes are listed, not left empty (all columns): "Tutorial: Update a plug-in", Add an
 * image — selecting all columns is the default "but can result in reduced web service
 * performance. Developers should only include those columns that are required." A smaller image
 * also keeps the context further from the 256 KB limit past which Dataverse drops the images
 * ("Use webhooks…"), and sends the host no column it does not judge.
 */

export const ENDPOINT_NAME = "social-channel-controls webhook";

export type AuthKind = "HttpHeader" | "WebhookKey";

export const AUTH_TYPES: Readonly<Record<AuthKind, number>> = { WebhookKey: 4, HttpHeader: 5 };
export const WEBHOOK_CONTRACT = 8;

export interface StepSpec {
  message: "Create" | "Update";
  table: string;
  stage: number;
  mode: number;
}

/** What server/handler.ts answers (validationStep.ts, intakeStep.ts). */
export const STEPS: readonly StepSpec[] = [
  ...["socialprofile", "msdyn_ocwhatsappchannelaccount"].flatMap((table) =>
    (["Create", "Update"] as const).map((message) => ({ message, table, stage: Stage.PreValidation, mode: Mode.Synchronous })),
  ),
  { message: "Create", table: "socialactivity", stage: Stage.PostOperation, mode: Mode.Asynchronous },
];

/** The alias (PreEntityImages key) and name of the Update steps' pre-image. */
export const PRE_IMAGE_ALIAS = "PreImage";
export const IMAGE_TYPE_PRE = 0;

/**
 * The columns the rules judge on an Update: the table's columns as plugins-shim/schema models them
 * (what validateRecord checks), without the primary key (the image's Id carries it) and without
 * create-only columns (validationStep.ts drops them from the image).
 */
export function preImageAttributes(table: string): string[] {
  const metadata = getTable(table);
  if (!metadata) throw new Error(`No metadata for ${table}.`);
  return Object.values(metadata.columns)
    .filter((column) => column.logicalName !== metadata.primaryIdAttribute && !column.createOnly)
    .map((column) => column.logicalName);
}

export const hasPreImage = (step: StepSpec): boolean => step.message === "Update" && step.stage === Stage.PreValidation;

export const stepName = (step: StepSpec): string =>
  `${ENDPOINT_NAME}: ${step.message} of ${step.table} (${step.stage === Stage.PreValidation ? "PreValidation" : "PostOperation"}, ${step.mode === Mode.Synchronous ? "sync" : "async"})`;

export interface RegistrationInput {
  /** Where Dataverse POSTs: https (ports 443 or 80, "Register a WebHook"). */
  url: string;
  key: string;
  auth: AuthKind;
  /** The HttpHeader name (server/config.ts's WEBHOOK_HEADER, default x-webhook-key). */
  header: string;
}

export interface PlannedWrite {
  action: "create" | "update" | "delete";
  table: string;
  name: string;
  id?: string;
  /** An image's step (its name): the image is bound to that step's id when written. */
  step?: string;
  /** Never holds the key: authvalue is masked here; the key is added only when writing. */
  data?: RecordData;
}

const MASK = "********";

export function authValue(input: RegistrationInput): string {
  if (input.auth === "WebhookKey") return input.key;
  return `<settings><setting name="${xml(input.header)}" value="${xml(input.key)}" /></settings>`;
}

const xml = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

async function findOne(client: DataverseClient, table: string, filter: string, select: string): Promise<RecordData | undefined> {
  const found = await client.retrieveMultipleRecords(table, `?$select=${select}&$filter=${encodeURIComponent(filter)}`);
  return found.entities[0];
}

async function endpointId(client: DataverseClient): Promise<string | undefined> {
  const row = await findOne(client, "serviceendpoint", `name eq ${quote(ENDPOINT_NAME)}`, "serviceendpointid");
  return row?.serviceendpointid as string | undefined;
}

/** The sdkmessage and sdkmessagefilter ids of a step: every org has them. */
async function messageIds(client: DataverseClient, step: StepSpec): Promise<{ message: string; filter: string }> {
  const message = await findOne(client, "sdkmessage", `name eq ${quote(step.message)}`, "sdkmessageid");
  if (!message) throw new Error(`No sdkmessage named ${step.message} in this org.`);
  const messageId = message.sdkmessageid as string;
  const filter = await findOne(
    client,
    "sdkmessagefilter",
    `_sdkmessageid_value eq ${messageId} and primaryobjecttypecode eq ${quote(step.table)}`,
    "sdkmessagefilterid",
  );
  if (!filter) throw new Error(`No sdkmessagefilter for ${step.message} of ${step.table}: is the table in this org?`);
  return { message: messageId, filter: filter.sdkmessagefilterid as string };
}

/** The writes that bring the org to the registration asked for (reads only; nothing written). */
export async function planRegistration(client: DataverseClient, input: RegistrationInput): Promise<PlannedWrite[]> {
  const existingEndpoint = await endpointId(client);
  const endpoint: RecordData = {
    name: ENDPOINT_NAME,
    contract: WEBHOOK_CONTRACT,
    authtype: AUTH_TYPES[input.auth],
    url: input.url,
    authvalue: MASK,
  };
  const writes: PlannedWrite[] = [
    { action: existingEndpoint ? "update" : "create", table: "serviceendpoint", name: ENDPOINT_NAME, id: existingEndpoint, data: endpoint },
  ];
  for (const step of STEPS) {
    const ids = await messageIds(client, step);
    const name = stepName(step);
    const existing = await findOne(client, "sdkmessageprocessingstep", `name eq ${quote(name)}`, "sdkmessageprocessingstepid");
    writes.push({
      action: existing ? "update" : "create",
      table: "sdkmessageprocessingstep",
      name,
      id: existing?.sdkmessageprocessingstepid as string | undefined,
      data: {
        name,
        stage: step.stage,
        mode: step.mode,
        rank: 1,
        supporteddeployment: 0,
        asyncautodelete: false,
        "sdkmessageid@odata.bind": `/sdkmessages(${ids.message})`,
        "sdkmessagefilterid@odata.bind": `/sdkmessagefilters(${ids.filter})`,
        // Filled with the endpoint's id when it is created.
        "eventhandler_serviceendpoint@odata.bind": `/serviceendpoints(${existingEndpoint ?? "<new>"})`,
      },
    });
    if (hasPreImage(step)) writes.push(await planPreImage(client, step, name, existing?.sdkmessageprocessingstepid as string | undefined));
  }
  return writes;
}

async function planPreImage(client: DataverseClient, step: StepSpec, name: string, stepId: string | undefined): Promise<PlannedWrite> {
  const existing = stepId
    ? await findOne(
        client,
        "sdkmessageprocessingstepimage",
        `_sdkmessageprocessingstepid_value eq ${stepId} and entityalias eq ${quote(PRE_IMAGE_ALIAS)}`,
        "sdkmessageprocessingstepimageid",
      )
    : undefined;
  return {
    action: existing ? "update" : "create",
    table: "sdkmessageprocessingstepimage",
    name: `${PRE_IMAGE_ALIAS} of ${name}`,
    id: existing?.sdkmessageprocessingstepimageid as string | undefined,
    step: name,
    data: {
      name: PRE_IMAGE_ALIAS,
      entityalias: PRE_IMAGE_ALIAS,
      imagetype: IMAGE_TYPE_PRE,
      messagepropertyname: "Target",
      attributes: preImageAttributes(step.table).join(","),
      // Filled with the step's id when it is created.
      "sdkmessageprocessingstepid@odata.bind": `/sdkmessageprocessingsteps(${stepId ?? "<new>"})`,
    },
  };
}

/** Applies a plan; the key goes into authvalue here and nowhere else. Answers the endpoint's id. */
export async function applyRegistration(client: DataverseClient, input: RegistrationInput, plan: readonly PlannedWrite[]): Promise<string> {
  let endpoint: string | undefined;
  const steps = new Map<string, string>();
  for (const write of plan) {
    const data: RecordData = { ...write.data };
    if (write.table === "serviceendpoint") data.authvalue = authValue(input);
    else if (write.table === "sdkmessageprocessingstep") data["eventhandler_serviceendpoint@odata.bind"] = `/serviceendpoints(${endpoint})`;
    else data["sdkmessageprocessingstepid@odata.bind"] = `/sdkmessageprocessingsteps(${steps.get(write.step!)})`;
    if (write.action === "update" && write.id) await client.updateRecord(write.table, write.id, data);
    else {
      const created = await client.createRecord(write.table, data);
      write.id ??= created.id;
    }
    if (write.table === "serviceendpoint") endpoint = write.id;
    if (write.table === "sdkmessageprocessingstep") steps.set(write.name, write.id!);
  }
  return endpoint!;
}

/**
 * Each step's images, then the step, then the endpoint: a step can't outlive its event handler.
 * Dataverse deletes a step's images with it ("Register a plug-in", Unregister components); they
 * are removed first anyway, so the run's report names them and a failure leaves no orphan.
 */
export async function planRemoval(client: DataverseClient): Promise<PlannedWrite[]> {
  const endpoint = await endpointId(client);
  if (!endpoint) return [];
  const steps = await client.retrieveMultipleRecords(
    "sdkmessageprocessingstep",
    `?$select=sdkmessageprocessingstepid,name&$filter=${encodeURIComponent(`_eventhandler_value eq ${endpoint}`)}`,
  );
  const writes: PlannedWrite[] = [];
  for (const row of steps.entities) {
    const step = row.sdkmessageprocessingstepid as string;
    const images = await client.retrieveMultipleRecords(
      "sdkmessageprocessingstepimage",
      `?$select=sdkmessageprocessingstepimageid,name&$filter=${encodeURIComponent(`_sdkmessageprocessingstepid_value eq ${step}`)}`,
    );
    for (const image of images.entities) {
      writes.push({
        action: "delete",
        table: "sdkmessageprocessingstepimage",
        name: `${String(image.name)} of ${String(row.name)}`,
        id: image.sdkmessageprocessingstepimageid as string,
      });
    }
    writes.push({ action: "delete", table: "sdkmessageprocessingstep", name: String(row.name), id: step });
  }
  writes.push({ action: "delete", table: "serviceendpoint", name: ENDPOINT_NAME, id: endpoint });
  return writes;
}

export async function applyRemoval(client: DataverseClient, plan: readonly PlannedWrite[]): Promise<void> {
  for (const write of plan) await client.deleteRecord(write.table, write.id!);
}

/** One line a write, for --dry-run and the run's report. The data's authvalue is the mask. */
export const describeWrite = (write: PlannedWrite): string =>
  `${write.action} ${write.table} "${write.name}"${write.id ? ` (${write.id})` : ""}${write.data ? ` ${JSON.stringify(write.data)}` : ""}`;
