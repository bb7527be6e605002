/**
 * The dataset Microsoft's test harness hands a control: pcf-start 1.51.1, read from
 * node_modules/pcf-start/harness.js (the object its `updateView` context carries as
 * `parameters.<data-set>`), and seen in Chromium (test/e2e/harnessGallery.e2e.ts):
 * - the harness keeps, per data-set, `Entries` (rows "id0", "id1", … of raw strings by
 *   property-set: its sample data or a CSV column mapped to each) and `SelectedTypes` (property-set
 *   → data type; by default the first type of its type-group, harness.js `qp`:
 *   `r.TypeGroup?e.GroupDefinitions[r.TypeGroup][0]:r.Type`, also the type a CSV mapping starts with);
 * - `columns`: one per property-set, `name` and `alias` both the property-set name, `dataType` its
 *   selected type (harness.js `dp`: `{name:e.Alias,…,dataType:e.DataType,alias:e.Alias,…}`);
 * - `records[id].getValue(<property-set>)` converts the raw string by the selected type and
 *   `getFormattedValue` formats the converted value by type (harness.js `fp`, `tp`, `rp`; see
 *   CONVERT and FORMAT below); every record is loaded;
 * - `sorting: undefined`; `paging` has no `pageSize`, `hasNextPage: false`,
 *   `totalResultCount` = the number of records; `paging.setPageSize`, `loadNextPage`, `refresh`,
 *   `addColumn` and `openDatasetItem` only log ("Invoked method …"): nothing ever arrives;
 * - `filtering`: `setFilter` stores a deep copy (harness.js `pp`:
 *   `setFilter:t=>{lp[e].filtering=(0,ap.cloneDeep)(t)}`), `getFilter` returns that copy
 *   (undefined before), `clearFilter` sets it back to undefined; none of the three logs, refreshes
 *   or changes the records;
 * - `linking.addLinkedEntity` pushes the link itself (no copy) to the array `getLinkedEntities()`
 *   returns (harness.js `hp`); it does not change the records either;
 * - `getTitle()` "All Accounts", `getViewId()` "account_view", `getTargetEntityType()` "account"
 *   (harness.js `op`: `{EntityLogicalName:"account",…,ViewId:"account_view",Title:"All Accounts",…}`);
 * - the context's `userSettings.userId` is the nil GUID "{00000000-0000-0000-0000-000000000000}";
 * - `getSelectedRecordIds()` is undefined until `setSelectedRecordIds` is called;
 * - `loading: false`, `error: false`, `errorMessage: undefined`.
 * The harness builds this object anew on every render, with a fresh filter, selection and link
 * list (harness.js: `lp[r]={selectedRecordIds:void 0,filtering:void 0,linkedEntities:[]}`).
 */
import { XMLParser } from "fast-xml-parser";
import { formatWithSeparators, HARNESS_SEPARATORS } from "./numberFormatting";

/**
 * harness.js `tp(value, type)`, for the types the gallery's type-groups allow: a falsy raw value
 * ("", 0, false, null, undefined) is returned as it is (`if(!e)return e`); otherwise by type.
 * Types not listed (text, URL, phone, e-mail, Multiple, Lookup.Simple) are its `default:r=e`.
 */
const CONVERT: Readonly<Record<string, (raw: unknown) => unknown>> = {
  // `case Zr.Decimal:case Zr.FP:case Zr.Currency:r=isNaN(parseFloat(e))?void 0:parseFloat(e)`
  Decimal: (raw) => (Number.isNaN(parseFloat(String(raw))) ? undefined : parseFloat(String(raw))),
  FP: (raw) => CONVERT.Decimal(raw),
  // `case Zr.OptionSet:case Zr.WholeNone:r=isNaN(parseInt(e,10))?void 0:parseInt(e,10)`
  OptionSet: (raw) => (Number.isNaN(parseInt(String(raw), 10)) ? undefined : parseInt(String(raw), 10)),
  "Whole.None": (raw) => CONVERT.OptionSet(raw),
  // `case Zr.TwoOptions:r="boolean"==typeof e?e:"TRUE"===e.toUpperCase?.()`: only "true" (any case) is true, "1" is false.
  TwoOptions: (raw) => (typeof raw === "boolean" ? raw : typeof raw === "string" && raw.toUpperCase() === "TRUE"),
};

/**
 * harness.js `rp(value, type)` on the converted value: undefined for null/undefined (`if(null!=e)`),
 * otherwise by type with the harness's en-US culture (`Fo.CurrentCulture`: "," groups of 3, "."
 * decimals, NumberDecimalDigits 2; numberFormatting.ts). Its formatter coerces with `Math.abs(e)`,
 * so an empty raw string formats as 0 for a number type. Other types: `default:return e.toString()`
 * (a two-options value is "true"/"false", not a Yes/No label).
 */
const FORMAT: Readonly<Record<string, (value: unknown) => string>> = {
  // `case Zr.WholeNone:case Zr.OptionSet:return Ro.formatIntegerValue(e,ep)`: formatDecimalValue(e, ep, 0), the "N0" format ("1,234").
  "Whole.None": (value) => formatWithSeparators(Number(value), 0, HARNESS_SEPARATORS),
  OptionSet: (value) => FORMAT["Whole.None"](value),
  // `case Zr.FP:case Zr.Decimal:return Ro.formatDecimalValue(e,ep)`: "N" + NumberDecimalDigits ("1,234.50").
  Decimal: (value) => formatWithSeparators(Number(value), 2, HARNESS_SEPARATORS),
  FP: (value) => FORMAT.Decimal(value),
};

/**
 * harness.js's cases this double does not reproduce (the gallery's manifest allows none of them):
 * Currency (parseFloat, formatCurrencyValue "$1,234.50") and the two date types (new Date, short
 * date-time / date pattern). A test asking for one fails instead of getting a wrong shape.
 */
const NOT_REPRODUCED: ReadonlySet<string> = new Set(["Currency", "DateAndTime.DateAndTime", "DateAndTime.DateOnly"]);

const convert = (raw: unknown, type: string | undefined): unknown => {
  if (type !== undefined && NOT_REPRODUCED.has(type)) throw new Error(`pcfStartDataset: data type ${type} is not reproduced`);
  if (!raw) return raw;
  const converter = type === undefined ? undefined : CONVERT[type];
  return converter ? converter(raw) : raw;
};

const format = (value: unknown, type: string | undefined): string | undefined => {
  if (value == null) return undefined;
  const formatter = type === undefined ? undefined : FORMAT[type];
  return formatter ? formatter(value) : String(value);
};

/** harness.js `Yp(type)`: the raw value of the harness's sample rows ("0" for numbers, "true" for two-options, "val" otherwise). */
export function harnessSampleValue(type: string): string {
  if (type === "Whole.None" || type === "OptionSet") return "0";
  if (type === "Currency") return "0.00";
  if (type === "FP" || type === "Decimal") return "0.0";
  if (type === "TwoOptions") return "true";
  if (type === "DateAndTime.DateOnly") return "2019-01-01";
  if (type === "DateAndTime.DateAndTime") return "2019-01-01T12:00";
  return "val";
}

/**
 * Property-set → selected type as the harness starts: the first `<type>` of the property-set's
 * type-group, or its `of-type` (harness.js `qp`). Takes the manifest's text (no file access here).
 */
export function harnessSelectedTypes(manifestXml: string): Record<string, string> {
  type Attributes = Record<string, string>;
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    isArray: (name) => ["type-group", "type", "data-set", "property-set"].includes(name),
  });
  const control = parser.parse(manifestXml).manifest.control as {
    "type-group"?: (Attributes & { type: string[] })[];
    "data-set"?: { "property-set"?: Attributes[] }[];
  };
  const firstTypeOf = new Map((control["type-group"] ?? []).map((group) => [group["@_name"], group.type[0].trim()]));
  const propertySets = (control["data-set"] ?? []).flatMap((dataSet) => dataSet["property-set"] ?? []);
  return Object.fromEntries(
    propertySets.map((set) => [set["@_name"], set["@_of-type-group"] ? firstTypeOf.get(set["@_of-type-group"])! : set["@_of-type"]]),
  );
}

export interface PcfStartDatasetCalls {
  logged: string[];
}

/**
 * `selectedTypes`: property-set → data type (the harness's `SelectedTypes`, e.g. from
 * harnessSelectedTypes); `rows`: raw values by property-set (the harness's `Entries`, strings as
 * its sample data and CSV give them).
 */
export function pcfStartDataset(
  selectedTypes: Readonly<Record<string, string>>,
  rows: readonly Record<string, unknown>[],
  calls: PcfStartDatasetCalls = { logged: [] },
) {
  let selected: string[] | undefined;
  let filter: unknown;
  const linked: { name: string; from: string; to: string; linkType: string; alias: string }[] = [];
  const log = (name: string) => () => {
    calls.logged.push(name);
  };
  const entries = rows.map((row, index) => [`id${index}`, row] as const);
  return {
    calls,
    addColumn: log("addColumn"),
    columns: Object.entries(selectedTypes).map(([name, dataType], order) => ({
      name,
      displayName: name,
      dataType,
      alias: name,
      order,
      visualSizeFactor: 100,
      isHidden: false,
      isPrimary: true,
      disableSorting: false,
    })),
    error: false,
    errorMessage: undefined,
    filtering: {
      getFilter: () => filter,
      // lodash cloneDeep in the harness; a FilterExpression is plain data, so a JSON round trip copies it alike
      // (jsdom's jest environment has no structuredClone).
      setFilter: (expression: unknown) => {
        filter = expression === undefined ? undefined : JSON.parse(JSON.stringify(expression));
      },
      clearFilter: () => {
        filter = undefined;
      },
    },
    linking: {
      getLinkedEntities: () => linked,
      addLinkedEntity: (link: (typeof linked)[number]) => {
        linked.push(link);
      },
    },
    loading: false,
    paging: {
      totalResultCount: entries.length,
      hasNextPage: false,
      hasPreviousPage: false,
      loadNextPage: log("loadNextPage"),
      loadPreviousPage: log("loadPreviousPage"),
      reset: log("reset"),
      // pcf-start logs setPageSize under the name "loadNextPage".
      setPageSize: log("loadNextPage"),
    },
    records: Object.fromEntries(
      entries.map(([id, row]) => [
        id,
        {
          getRecordId: () => id,
          getValue: (column: string) => convert(row[column], selectedTypes[column]),
          getFormattedValue: (column: string) => format(convert(row[column], selectedTypes[column]), selectedTypes[column]),
          getNamedReference: () => ({ id, entityType: "account", name: "account" }),
        },
      ]),
    ),
    sortedRecordIds: entries.map(([id]) => id),
    sorting: undefined,
    clearSelectedRecordIds: () => {
      selected = undefined;
    },
    getSelectedRecordIds: () => selected,
    getTargetEntityType: () => "account",
    getTitle: () => "All Accounts",
    getViewId: () => "account_view",
    openDatasetItem: log("openDatasetItem"),
    refresh: log("refresh"),
    setSelectedRecordIds: (ids: string[]) => {
      selected = [...ids];
    },
  };
}
