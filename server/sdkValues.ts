import type { EntityReference } from "../plugins-shim/client";

/**
 * The values of a RemoteExecutionContext as Dataverse serializes them (DataContractJsonSerializer:
 * a `__type` hint "Name:namespace" on typed objects, dates as `/Date(ms±zone)/`), turned into the
 * pipeline shim's Web API shaped values. Sources: "Use webhooks to create external handlers for
 * server events" (learn.microsoft.com/power-apps/developer/data-platform/use-webhooks, its sample
 * request body) and the SDK types Entity, EntityReference, OptionSetValue and Money
 * (Microsoft.Xrm.Sdk, which serialize as `{ "__type": "OptionSetValue:…", "Value": 3 }`).
 */

/** An entity of the context: logical name, id and its attributes by logical name. */
export interface SdkEntity {
  logicalName: string;
  id: string;
  attributes: Readonly<Record<string, SdkValue>>;
}

/** A value whose `__type` this host does not model (an EntityCollection of activity parties, a multi-select choice…). */
export class UnsupportedValue {
  constructor(readonly typeName: string) {}
}

export type SdkValue = string | number | boolean | null | EntityReference | SdkEntity | UnsupportedValue;

/** Thrown inside the parser only; parseRemoteContext turns it into a result. */
export class ContextShapeError extends Error {}

/** "/Date(1506409448000-0700)/": milliseconds since 1970 UTC; the zone is the sender's and does not move the instant. */
const DATE = /^\/Date\((-?\d{1,15})([+-]\d{4})?\)\/$/;

export const isKeyValueList = (value: unknown): value is { key: unknown; value: unknown }[] =>
  Array.isArray(value) && value.every((item) => typeof item === "object" && item !== null && !Array.isArray(item) && "key" in item);

const typeName = (value: Record<string, unknown>): string | undefined =>
  typeof value.__type === "string" ? value.__type.split(":")[0] : undefined;

export function parseValue(value: unknown, at: string): SdkValue {
  if (value === null || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") {
    const date = DATE.exec(value);
    if (!date) return value;
    const instant = new Date(Number(date[1]));
    if (Number.isNaN(instant.getTime())) throw new ContextShapeError(`${at}: a date out of range`);
    return instant.toISOString();
  }
  if (Array.isArray(value)) return new UnsupportedValue("Array");
  if (typeof value !== "object") throw new ContextShapeError(`${at}: not a JSON value`);
  const object = value as Record<string, unknown>;
  const type = typeName(object);
  // The docs' sample sends post-images without `__type`: an object with Attributes is an Entity.
  if (type === "Entity" || (type === undefined && Array.isArray(object.Attributes))) return parseEntity(object, at);
  if (type === "EntityReference") return { entityType: text(object.LogicalName, `${at}.LogicalName`), id: text(object.Id, `${at}.Id`) };
  if (type === "OptionSetValue" || type === "Money") {
    if (typeof object.Value !== "number") throw new ContextShapeError(`${at}.Value: a number expected`);
    return object.Value;
  }
  return new UnsupportedValue(type ?? "Object");
}

export function parseEntity(value: unknown, at: string): SdkEntity {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ContextShapeError(`${at}: an entity expected`);
  const object = value as Record<string, unknown>;
  if (!isKeyValueList(object.Attributes)) throw new ContextShapeError(`${at}.Attributes: a key/value list expected`);
  return {
    logicalName: text(object.LogicalName, `${at}.LogicalName`),
    id: text(object.Id, `${at}.Id`),
    attributes: parseKeyValues(object.Attributes, `${at}.Attributes`),
  };
}

/** A key/value list (`[{ "key": …, "value": … }]`) as an object; a key given twice is refused. */
export function parseKeyValues(list: unknown, at: string): Record<string, SdkValue> {
  if (!isKeyValueList(list)) throw new ContextShapeError(`${at}: a key/value list expected`);
  // No prototype: a key such as "__proto__" is just a key.
  const out: Record<string, SdkValue> = Object.create(null) as Record<string, SdkValue>;
  for (const item of list) {
    const key = text(item.key, `${at}[].key`);
    if (Object.prototype.hasOwnProperty.call(out, key)) throw new ContextShapeError(`${at}: "${key}" given twice`);
    out[key] = parseValue(item.value, `${at}.${key}`);
  }
  return out;
}

function text(value: unknown, at: string): string {
  if (typeof value !== "string") throw new ContextShapeError(`${at}: text expected`);
  return value;
}

export const isEntityReference = (value: SdkValue): value is EntityReference =>
  typeof value === "object" && value !== null && "entityType" in value;

export const isSdkEntity = (value: SdkValue | undefined): value is SdkEntity =>
  typeof value === "object" && value !== null && "attributes" in value;
