import { ContextShapeError, isSdkEntity, parseKeyValues, SdkEntity, SdkValue } from "./sdkValues";

/**
 * The RemoteExecutionContext a webhook step POSTs, reduced to what the steps here read. Source:
 * "Use webhooks to create external handlers for server events", Request Body (the sample is
 * test/server/fixtures/use-webhooks-sample.json) and the IExecutionContext members it serializes.
 */
export interface RemoteContext {
  messageName: string;
  primaryEntityName: string;
  /** Empty (all zeros) in PreValidation of a Create: the row has no id yet. */
  primaryEntityId: string;
  /** 10 PreValidation, 20 PreOperation, 40 PostOperation (IExecutionContext.Stage). */
  stage: number;
  /** 0 synchronous, 1 asynchronous (IExecutionContext.Mode). */
  mode: number;
  depth: number;
  correlationId?: string;
  inputParameters: Readonly<Record<string, SdkValue>>;
  preEntityImages: Readonly<Record<string, SdkValue>>;
  postEntityImages: Readonly<Record<string, SdkValue>>;
}

export const Stage = { PreValidation: 10, PreOperation: 20, PostOperation: 40 } as const;
export const Mode = { Synchronous: 0, Asynchronous: 1 } as const;

export type ParsedContext = { ok: true; context: RemoteContext } | { ok: false; error: string };

/**
 * Never throws: JSON that is no RemoteExecutionContext is an error to answer 400 with. The lists
 * are absent when the payload passed 256 KB (x-ms-dynamics-msg-size-exceeded): read as empty.
 */
export function parseRemoteContext(body: string): ParsedContext {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, error: "The body is not JSON." };
  }
  try {
    return { ok: true, context: readContext(json) };
  } catch (error) {
    // A ContextShapeError names the member; anything else (a stack overflow on absurd nesting) is just "not a context".
    return { ok: false, error: error instanceof ContextShapeError ? error.message : "The body is not a RemoteExecutionContext." };
  }
}

function readContext(json: unknown): RemoteContext {
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new ContextShapeError("The body is not a JSON object.");
  const body = json as Record<string, unknown>;
  const list = (name: string) => (body[name] === undefined || body[name] === null ? {} : parseKeyValues(body[name], name));
  return {
    messageName: text(body, "MessageName"),
    primaryEntityName: text(body, "PrimaryEntityName"),
    primaryEntityId: text(body, "PrimaryEntityId"),
    stage: integer(body, "Stage"),
    mode: integer(body, "Mode"),
    depth: integer(body, "Depth"),
    correlationId: typeof body.CorrelationId === "string" ? body.CorrelationId : undefined,
    inputParameters: list("InputParameters"),
    preEntityImages: list("PreEntityImages"),
    postEntityImages: list("PostEntityImages"),
  };
}

function text(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== "string") throw new ContextShapeError(`${name}: text expected`);
  return value;
}

function integer(body: Record<string, unknown>, name: string): number {
  const value = body[name];
  if (typeof value !== "number" || !Number.isInteger(value)) throw new ContextShapeError(`${name}: an integer expected`);
  return value;
}

/** The Target entity of a Create or Update, if the context carries one. */
export function targetOf(context: RemoteContext): SdkEntity | undefined {
  const target = context.inputParameters.Target;
  return isSdkEntity(target) ? target : undefined;
}

/** The first image registered on the step (its name is the registration's choice). */
export function firstImage(images: Readonly<Record<string, SdkValue>>): SdkEntity | undefined {
  return Object.values(images).find(isSdkEntity);
}
