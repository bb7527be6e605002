import type { ColumnMetadata, TableMetadata } from "../schema/types";
import { entitySetOf, primaryIdOf } from "../schema/entitySets";
import { GUID_DIGITS, guidOrUndefined } from "./guid";
import { ownColumn } from "./recordChecks";

/**
 * What a record key means, typed from the schema. Lookups have two spellings in the Web API:
 * a create or update WRITES `nav@odata.bind: "/contacts(id)"` (the single-valued navigation
 * property: the column's name, or `column_target` for customer and multi-table lookups), and a
 * read RETURNS `_column_value` plus its `@Microsoft.Dynamics.CRM.lookuplogicalname` annotation.
 * Keys are taken apart with string operations only: a key is user input and may be megabytes long,
 * so nothing here backtracks.
 */

export const LOOKUP_TYPES: ReadonlySet<string> = new Set(["lookup", "customer", "owner"]);
export const isLookupColumn = (column: ColumnMetadata): boolean => LOOKUP_TYPES.has(column.type);
export const LOOKUP_TABLE_ANNOTATION = "@Microsoft.Dynamics.CRM.lookuplogicalname";
const BIND_SUFFIX = "@odata.bind";

export { entitySetOf };

export type { RecordShape } from "./recordChecks";

export type KeyMeaning =
  | { kind: "column"; column: ColumnMetadata }
  /** `_x_value`: the read form of a lookup. */
  | { kind: "lookupRead"; column: ColumnMetadata }
  /** `_x_value@Microsoft.Dynamics.CRM.lookuplogicalname`: the table a read lookup points at. */
  | { kind: "lookupTable"; column: ColumnMetadata }
  /** `nav@odata.bind` on a lookup; `target` is fixed by per-table navigation names (customerid_contact). */
  | { kind: "bind"; column: ColumnMetadata; navigation: string; target?: string }
  /** `x@odata.bind` where x is no lookup's navigation property. */
  | { kind: "badBind"; column?: ColumnMetadata }
  /** Any other OData annotation (`@odata.etag`, formatted values): carries nothing to store. */
  | { kind: "annotation" }
  | { kind: "unknown" };

interface Navigation {
  column: ColumnMetadata;
  target?: string;
}

const navigationCache = new WeakMap<TableMetadata, ReadonlyMap<string, Navigation>>();

/**
 * Single-valued navigation properties: owner and single-table lookups bind by the column's name
 * (`ownerid`, `postfromprofileid`); customer and multi-table lookups by `column_target`
 * (`customerid_contact`), Web API "Associate table rows on create".
 */
function navigations(metadata: TableMetadata): ReadonlyMap<string, Navigation> {
  let map = navigationCache.get(metadata);
  if (map) return map;
  const built = new Map<string, Navigation>();
  for (const column of Object.values(metadata.columns)) {
    if (!isLookupColumn(column)) continue;
    const targets = column.targets ?? [];
    if (column.type === "owner" || (column.type === "lookup" && targets.length <= 1)) built.set(column.logicalName, { column });
    else for (const target of targets) built.set(`${column.logicalName}_${target}`, { column, target });
  }
  map = built;
  navigationCache.set(metadata, map);
  return map;
}

/** The `@odata.bind` keys that set a lookup column, for messages ("customerid_contact@odata.bind"). */
export function bindKeysOf(metadata: TableMetadata, column: ColumnMetadata): string[] {
  return [...navigations(metadata)].filter(([, nav]) => nav.column === column).map(([name]) => `${name}${BIND_SUFFIX}`);
}

/** `_x_value` → x, or undefined. */
function readFormColumn(metadata: TableMetadata, key: string): ColumnMetadata | undefined {
  if (key.length <= "__value".length || !key.startsWith("_") || !key.endsWith("_value")) return undefined;
  const column = ownColumn(metadata, key.slice(1, -"_value".length));
  return column && isLookupColumn(column) ? column : undefined;
}

export function meaningOfKey(metadata: TableMetadata, key: string): KeyMeaning {
  const direct = ownColumn(metadata, key);
  if (direct) return { kind: "column", column: direct };
  const read = readFormColumn(metadata, key);
  if (read) return { kind: "lookupRead", column: read };
  const at = key.indexOf("@");
  if (at < 0) return { kind: "unknown" };
  const property = key.slice(0, at);
  const annotation = key.slice(at);
  if (annotation === BIND_SUFFIX) {
    const navigation = navigations(metadata).get(property);
    if (navigation) return { kind: "bind", column: navigation.column, navigation: property, target: navigation.target };
    return { kind: "badBind", column: ownColumn(metadata, property) };
  }
  if (annotation === LOOKUP_TABLE_ANNOTATION) {
    const column = readFormColumn(metadata, property);
    if (column) return { kind: "lookupTable", column };
  }
  return { kind: "annotation" };
}

/** One value of an alternate key, as the OData key grammar writes it. */
export type KeyValue = { kind: "string"; value: string } | { kind: "number"; text: string } | { kind: "guid"; value: string };

/** `[column, value]` pairs of a key predicate, in the order written. */
export type KeyPairs = readonly (readonly [string, KeyValue])[];

/** A bind's row: its entity set and either its id or the columns of a key that name it. */
export type BindTarget = { entitySet: string; id: string; key?: undefined } | { entitySet: string; key: KeyPairs; id?: undefined };

const isEntitySetName = (name: string): boolean => name.length > 0 && /^\w+$/.test(name);
const WEB_API_PATH = /^\/api\/data\/v\d+\.\d+\/$/;

/**
 * A bind's value: a relative URI (`/contacts(id)` or `contacts(id)`) or an absolute one
 * (`https://org.crm.dynamics.com/api/data/v9.2/contacts(id)`), both accepted by the Web API, with
 * the row named by its id or by a key (parseKeyPredicate).
 */
export function parseBindValue(value: unknown): BindTarget | undefined {
  if (typeof value !== "string") return undefined;
  let segment: string;
  const lower = value.slice(0, 8).toLowerCase();
  if (lower.startsWith("https://") || lower.startsWith("http://")) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return undefined;
    }
    if (url.search || url.hash || url.username || url.password || value !== value.trim()) return undefined;
    const slash = url.pathname.lastIndexOf("/");
    if (!WEB_API_PATH.test(url.pathname.slice(0, slash + 1))) return undefined;
    segment = url.pathname.slice(slash + 1);
  } else {
    segment = value.startsWith("/") ? value.slice(1) : value;
    if (segment.includes("/")) return undefined;
  }
  // The key grammar applies to the percent-decoded segment (OData ABNF: SQUOTE is "'" or "%27").
  segment = decodeURIComponentSafe(segment);
  const open = segment.indexOf("(");
  if (open <= 0 || !segment.endsWith(")")) return undefined;
  const entitySet = segment.slice(0, open);
  if (!isEntitySetName(entitySet)) return undefined;
  const inside = segment.slice(open + 1, -1);
  const id = guidOrUndefined(inside);
  if (id) return { entitySet, id };
  const key = parseKeyPredicate(inside);
  return key ? { entitySet, key } : undefined;
}

/**
 * The inside of a compound key predicate, `name=value(,name=value)*`, by OData's URL conventions
 * (OData ABNF construction rules: compoundKey = OPEN keyValuePair *( COMMA keyValuePair ) CLOSE;
 * string = SQUOTE *( SQUOTE-in-string / pchar-no-SQUOTE ) SQUOTE, SQUOTE-in-string = SQUOTE SQUOTE),
 * as Microsoft's "Use an alternate key to reference a record" (MicrosoftDocs/powerapps-docs,
 * developer/data-platform/use-alternate-key-reference-record.md) writes binds:
 * `/contacts(contactid=<guid>)`, `/accounts(accountnumber='ABC123')`,
 * `/contacts(firstname='Joe',emailaddress1='abc@example.com')`,
 * `/accounts(_primarycontactid_value=<guid>)`. Values: quoted text ('' for a quote), numbers,
 * GUIDs. A name given twice is refused. One pass, no backtracking: the text is user input.
 */
export function parseKeyPredicate(text: string): KeyPairs | undefined {
  const pairs: [string, KeyValue][] = [];
  const names = new Set<string>();
  let i = 0;
  for (;;) {
    const eq = text.indexOf("=", i);
    if (eq < 0) return undefined;
    const name = text.slice(i, eq);
    if (!KEY_NAME.test(name) || names.has(name)) return undefined;
    names.add(name);
    i = eq + 1;
    let value: KeyValue;
    if (text[i] === "'") {
      let content = "";
      let j = i + 1;
      for (;;) {
        const quote = text.indexOf("'", j);
        if (quote < 0) return undefined;
        content += text.slice(j, quote);
        if (text[quote + 1] !== "'") {
          i = quote + 1;
          break;
        }
        content += "'";
        j = quote + 2;
      }
      value = { kind: "string", value: content };
    } else {
      const comma = text.indexOf(",", i);
      const token = text.slice(i, comma < 0 ? text.length : comma);
      i += token.length;
      if (ODATA_GUID.test(token)) value = { kind: "guid", value: token.toLowerCase() };
      else if (NUMBER.test(token)) value = { kind: "number", text: token };
      else return undefined;
    }
    pairs.push([name, value]);
    if (i === text.length) return pairs;
    if (text[i] !== ",") return undefined;
    i += 1;
  }
}

/** odataIdentifier as Dataverse names columns (lookup keys as `_x_value`). */
const KEY_NAME = /^[A-Za-z_]\w{0,127}$/;
const ODATA_GUID = new RegExp(`^${GUID_DIGITS}$`, "i");
/** int / decimal / double literals (no NaN or INF: no key column holds them). */
const NUMBER = /^-?\d{1,40}(?:\.\d{1,40})?(?:[eE][+-]?\d{1,4})?$/;

/**
 * The id a bind names when it names one: the simple key, or the table's primary key by name
 * (`contacts(contactid=<guid>)`), except for users and teams, which "Use an alternate key to
 * reference a record" says can't be referenced by a named primary key (their key is the
 * principal's ownerid). Undefined for an alternate key, which only the organization can resolve.
 */
export function bindTargetId(target: BindTarget, table: string): string | undefined {
  if (target.id !== undefined) return target.id;
  const [only, ...rest] = target.key;
  if (rest.length > 0 || only[1].kind !== "guid" || table === "systemuser" || table === "team") return undefined;
  return only[0] === primaryIdOf(table) ? only[1].value : undefined;
}

/** A bind's key may not name the primary key of users or teams (see bindTargetId). */
export const isRefusedNamedKey = (target: BindTarget, table: string): boolean =>
  target.key !== undefined &&
  (table === "systemuser" || table === "team") &&
  target.key.some(([name]) => name === primaryIdOf(table) || name === "ownerid");

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The table of `column`'s targets whose entity set is `entitySet` (and that `navigation` allows). */
export function bindTargetTable(column: ColumnMetadata, entitySet: string, navigationTarget?: string): string | undefined {
  const targets = navigationTarget ? [navigationTarget] : (column.targets ?? []);
  return targets.find((table) => entitySetOf(table) === entitySet);
}
