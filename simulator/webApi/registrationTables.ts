import type { ChoiceOption, ColumnMetadata, TableMetadata } from "../../plugins-shim/schema";
import { TABLES } from "../../plugins-shim/schema";
import { ENTITY_SETS } from "../../plugins-shim/schema/entitySets";

/**
 * The five tables a webhook registration writes, for the Web API double only (not shipped tables:
 * no control or rule reads them). Each column is one the registration or the dispatcher uses,
 * from Microsoft's table/entity reference pages (MicrosoftDocs/powerapps-docs,
 * developer/data-platform/reference/entities/<table>.md):
 * - serviceendpoint.md: name (String 256, SystemRequired), contract (Picklist, 8 = Webhook),
 *   authtype (Picklist, 4 = Webhook Key, 5 = Http Header, 6 = Http Query String), authvalue
 *   (String 2048, IsValidForRead False), url (String 2000). connectionmode, path and
 *   solutionnamespace are SystemRequired there but not modeled: the double does not require them
 *   (its own choice; the Plug-in Registration tool fills them for a webhook, not confirmed).
 * - sdkmessage.md: name (the message, "Create", "Update").
 * - sdkmessagefilter.md: sdkmessageid (Lookup sdkmessage), primaryobjecttypecode (EntityName:
 *   the table's logical name; modeled as text).
 * - sdkmessageprocessingstep.md: name (String 256), stage (Picklist: 10 Pre-validation,
 *   20 Pre-operation, 40 Post-operation), mode (0 Synchronous, 1 Asynchronous), rank (Integer),
 *   supporteddeployment (0 Server Only), asyncautodelete (Boolean), statecode (0 Enabled,
 *   1 Disabled) with statuscode (1 Enabled, 2 Disabled), eventhandler (Lookup: plugintype,
 *   serviceendpoint), sdkmessageid (Lookup sdkmessage), sdkmessagefilterid (Lookup sdkmessagefilter).
 * - sdkmessageprocessingstepimage.md: name, entityalias and messagepropertyname (String 256,
 *   SystemRequired), imagetype (Picklist, SystemRequired: 0 PreImage, 1 PostImage, 2 Both),
 *   attributes (String 100000, "Comma-separated list of attributes"), sdkmessageprocessingstepid
 *   (Lookup sdkmessageprocessingstep). iscustomizable (ManagedProperty, SystemRequired) is not
 *   modeled: the double does not require it (its own choice).
 *
 * authvalue is not readable through the platform's Web API (IsValidForRead False); the double's
 * reads return it anyway (the in-memory organization has no unreadable columns) — the dispatcher
 * needs it in-process, and no test relies on reading it back.
 */

const text = (logicalName: string, maxLength: number, required = false): ColumnMetadata => ({
  logicalName,
  displayName: logicalName,
  type: "string",
  requiredLevel: required ? "systemRequired" : "none",
  maxLength,
});

const choice = (logicalName: string, values: readonly [number, string][], required = true): ColumnMetadata => ({
  logicalName,
  displayName: logicalName,
  type: "choice",
  requiredLevel: required ? "systemRequired" : "none",
  choices: values.map(([value, label]): ChoiceOption => ({ value, label, labelKey: `${logicalName}.${value}` })),
});

const lookup = (logicalName: string, targets: string[], required = false): ColumnMetadata => ({
  logicalName,
  displayName: logicalName,
  type: "lookup",
  requiredLevel: required ? "systemRequired" : "none",
  targets,
});

const id = (logicalName: string): ColumnMetadata => ({
  logicalName,
  displayName: logicalName,
  type: "uniqueidentifier",
  requiredLevel: "systemRequired",
  platformDefault: true,
});

export const serviceendpoint: TableMetadata = {
  logicalName: "serviceendpoint",
  entitySetName: "serviceendpoints",
  primaryIdAttribute: "serviceendpointid",
  primaryNameAttribute: "name",
  displayName: "Service Endpoint",
  columns: {
    serviceendpointid: id("serviceendpointid"),
    name: text("name", 256, true),
    contract: choice("contract", [
      [1, "OneWay"],
      [2, "Queue"],
      [3, "Rest"],
      [4, "TwoWay"],
      [5, "Topic"],
      [6, "Queue (Persistent)"],
      [7, "Event Hub"],
      [8, "Webhook"],
      [9, "Event Grid"],
      [10, "Managed Data Lake"],
    ]),
    authtype: choice(
      "authtype",
      [
        [1, "ACS"],
        [2, "SAS Key"],
        [3, "SAS Token"],
        [4, "Webhook Key"],
        [5, "Http Header"],
        [6, "Http Query String"],
        [7, "Connection String"],
        [8, "Access Key"],
      ],
      false,
    ),
    authvalue: text("authvalue", 2048),
    url: text("url", 2000),
  },
};

export const sdkmessage: TableMetadata = {
  logicalName: "sdkmessage",
  entitySetName: "sdkmessages",
  primaryIdAttribute: "sdkmessageid",
  primaryNameAttribute: "name",
  displayName: "Sdk Message",
  columns: { sdkmessageid: id("sdkmessageid"), name: text("name", 256, true) },
};

export const sdkmessagefilter: TableMetadata = {
  logicalName: "sdkmessagefilter",
  entitySetName: "sdkmessagefilters",
  primaryIdAttribute: "sdkmessagefilterid",
  primaryNameAttribute: "name",
  displayName: "Sdk Message Filter",
  columns: {
    sdkmessagefilterid: id("sdkmessagefilterid"),
    name: text("name", 256),
    sdkmessageid: lookup("sdkmessageid", ["sdkmessage"], true),
    primaryobjecttypecode: text("primaryobjecttypecode", 128, true),
  },
};

export const sdkmessageprocessingstep: TableMetadata = {
  logicalName: "sdkmessageprocessingstep",
  entitySetName: "sdkmessageprocessingsteps",
  primaryIdAttribute: "sdkmessageprocessingstepid",
  primaryNameAttribute: "name",
  displayName: "Sdk Message Processing Step",
  columns: {
    sdkmessageprocessingstepid: id("sdkmessageprocessingstepid"),
    name: text("name", 256, true),
    stage: choice("stage", [
      [10, "Pre-validation"],
      [20, "Pre-operation"],
      [40, "Post-operation"],
    ]),
    mode: choice("mode", [
      [0, "Synchronous"],
      [1, "Asynchronous"],
    ]),
    rank: {
      logicalName: "rank",
      displayName: "rank",
      type: "integer",
      requiredLevel: "systemRequired",
      minValue: -2147483648,
      maxValue: 2147483647,
    },
    supporteddeployment: choice("supporteddeployment", [
      [0, "Server Only"],
      [1, "Microsoft Dynamics 365 Client for Outlook Only"],
      [2, "Both"],
    ]),
    asyncautodelete: {
      logicalName: "asyncautodelete",
      displayName: "asyncautodelete",
      type: "boolean",
      requiredLevel: "none",
      defaultValue: false,
    },
    statecode: {
      logicalName: "statecode",
      displayName: "statecode",
      type: "state",
      requiredLevel: "systemRequired",
      platformDefault: true,
      defaultValue: 0,
      choices: [
        { value: 0, label: "Enabled", labelKey: "s.0" },
        { value: 1, label: "Disabled", labelKey: "s.1" },
      ],
    },
    statuscode: {
      logicalName: "statuscode",
      displayName: "statuscode",
      type: "status",
      requiredLevel: "none",
      choices: [
        { value: 1, label: "Enabled", labelKey: "r.1", state: 0 },
        { value: 2, label: "Disabled", labelKey: "r.2", state: 1 },
      ],
    },
    eventhandler: lookup("eventhandler", ["plugintype", "serviceendpoint"], true),
    sdkmessageid: lookup("sdkmessageid", ["sdkmessage"], true),
    sdkmessagefilterid: lookup("sdkmessagefilterid", ["sdkmessagefilter"]),
  },
};

export const sdkmessageprocessingstepimage: TableMetadata = {
  logicalName: "sdkmessageprocessingstepimage",
  entitySetName: ENTITY_SETS.sdkmessageprocessingstepimage,
  primaryIdAttribute: "sdkmessageprocessingstepimageid",
  primaryNameAttribute: "name",
  displayName: "Sdk Message Processing Step Image",
  columns: {
    sdkmessageprocessingstepimageid: id("sdkmessageprocessingstepimageid"),
    name: text("name", 256, true),
    entityalias: text("entityalias", 256, true),
    messagepropertyname: text("messagepropertyname", 256, true),
    imagetype: choice("imagetype", [
      [0, "PreImage"],
      [1, "PostImage"],
      [2, "Both"],
    ]),
    attributes: text("attributes", 100000),
    sdkmessageprocessingstepid: lookup("sdkmessageprocessingstepid", ["sdkmessageprocessingstep"]),
  },
};

export const REGISTRATION_TABLES: Readonly<Record<string, TableMetadata>> = {
  serviceendpoint,
  sdkmessage,
  sdkmessagefilter,
  sdkmessageprocessingstep,
  sdkmessageprocessingstepimage,
};

/** The shipped tables and the registration tables: what a double that dispatches webhooks holds. */
export const TABLES_WITH_REGISTRATION: Readonly<Record<string, TableMetadata>> = { ...TABLES, ...REGISTRATION_TABLES };

/**
 * The messages and filters every org has (the double's seed; ids are its own). Only the ones the
 * steps of server/ use: Create and Update of the two validated tables, Create of socialactivity.
 */
export function seedMessages(seed: (table: string, rows: Record<string, unknown>[]) => string[]): void {
  const [create, update] = seed("sdkmessage", [{ name: "Create" }, { name: "Update" }]);
  const filters: [string, string][] = [
    [create, "socialprofile"],
    [update, "socialprofile"],
    [create, "msdyn_ocwhatsappchannelaccount"],
    [update, "msdyn_ocwhatsappchannelaccount"],
    [create, "socialactivity"],
  ];
  seed(
    "sdkmessagefilter",
    filters.map(([message, table]) => ({ _sdkmessageid_value: message, primaryobjecttypecode: table })),
  );
}
