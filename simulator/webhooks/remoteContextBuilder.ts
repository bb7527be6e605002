/**
 * RemoteExecutionContexts for this project's steps, built in the shape of Microsoft's sample
 * (test/server/fixtures/use-webhooks-sample.json, from "Use webhooks to create external handlers for server
 * events"): key/value lists, entities and references with their `__type` hints, dates as
 * `/Date(ms)/`. Choices and money as the SDK's OptionSetValue and Money serialize
 * (`{ "__type": "OptionSetValue:…", "Value": n }`). Stage 10 PreValidation / 40 PostOperation and
 * Mode 0 synchronous / 1 asynchronous are IExecutionContext's values.
 *
 * Here (not under test/) because the Web API double's webhook dispatcher POSTs these too; tests
 * import them from test/server/contexts.ts. Nothing that ships imports simulator/.
 */
const CONTRACTS = "http://schemas.microsoft.com/xrm/2011/Contracts";
export const EMPTY_ID = "00000000-0000-0000-0000-000000000000";

export const ref = (logicalName: string, id: string) => ({
  __type: `EntityReference:${CONTRACTS}`,
  Id: id,
  KeyAttributes: [],
  LogicalName: logicalName,
  Name: null,
  RowVersion: null,
});
export const option = (value: number) => ({ __type: `OptionSetValue:${CONTRACTS}`, Value: value });
export const money = (value: number) => ({ __type: `Money:${CONTRACTS}`, Value: value });
export const date = (iso: string) => `/Date(${Date.parse(iso)})/`;

export const entity = (logicalName: string, id: string, attributes: Record<string, unknown>) => ({
  __type: `Entity:${CONTRACTS}`,
  Attributes: Object.entries(attributes).map(([key, value]) => ({ key, value })),
  EntityState: null,
  FormattedValues: [],
  Id: id,
  KeyAttributes: [],
  LogicalName: logicalName,
  RelatedEntities: [],
  RowVersion: null,
});

export interface StepShape {
  message: "Create" | "Update";
  table: string;
  id?: string;
  stage: 10 | 20 | 40;
  mode: 0 | 1;
  target?: Record<string, unknown>;
  preImage?: Record<string, unknown>;
  /** The pre-image's key in PreEntityImages: its entity alias (default "PreImage"). */
  preImageAlias?: string;
  postImage?: Record<string, unknown>;
  correlationId?: string;
}

export function context(step: StepShape): Record<string, unknown> {
  const id = step.id ?? EMPTY_ID;
  return {
    BusinessUnitId: "e2b9dd85-e89e-e711-8122-000d3aa2331c",
    CorrelationId: step.correlationId ?? "b374239d-4233-41a9-8b17-a86cb4f737b5",
    Depth: 1,
    InitiatingUserId: "75c2dd85-e89e-e711-8122-000d3aa2331c",
    InputParameters: step.target ? [{ key: "Target", value: entity(step.table, id, step.target) }] : [],
    IsExecutingOffline: false,
    IsInTransaction: step.mode === 0,
    IsOfflinePlayback: false,
    IsolationMode: 1,
    MessageName: step.message,
    Mode: step.mode,
    OperationCreatedOn: "/Date(1506409448000-0700)/",
    OperationId: "4af10637-4ea2-e711-8122-000d3aa2331c",
    OrganizationId: "4ef5b371-e89e-e711-8122-000d3aa2331c",
    OrganizationName: "OrgName",
    OutputParameters: [],
    OwningExtension: {
      Id: "75417616-4ea2-e711-8122-000d3aa2331c",
      KeyAttributes: [],
      LogicalName: "sdkmessageprocessingstep",
      Name: null,
      RowVersion: null,
    },
    ParentContext: null,
    PostEntityImages: step.postImage ? [{ key: "PostImage", value: entity(step.table, id, step.postImage) }] : [],
    PreEntityImages: step.preImage ? [{ key: step.preImageAlias ?? "PreImage", value: entity(step.table, id, step.preImage) }] : [],
    PrimaryEntityId: id,
    PrimaryEntityName: step.table,
    RequestId: null,
    SecondaryEntityName: "none",
    SharedVariables: [],
    Stage: step.stage,
    UserId: "75c2dd85-e89e-e711-8122-000d3aa2331c",
  };
}

/** Over 256 KB Dataverse drops ParentContext, InputParameters and both image lists ("Use webhooks…", the IMPORTANT note). */
export function sizeExceeded(full: Record<string, unknown>): Record<string, unknown> {
  const { ParentContext: _p, InputParameters: _i, PreEntityImages: _pre, PostEntityImages: _post, ...rest } = full;
  return rest;
}
