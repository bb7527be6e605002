/**
 * Fake PCF host for field controls, built on @shko.online/componentframework-mock (its React
 * generator runs init / updateView / getOutputs the way the platform does and keeps bound
 * values in an in-memory table). This file adds what every field-control test needs on top:
 * the real .resx strings, the user's language, the host theme and the states that lock a field.

 */
import { Lcid, loadStrings } from "../../plugins-shim/strings/resx";
import {
  AttributeType,
  ComponentFrameworkMockGeneratorReact,
  MetadataDB,
  OptionSetType,
  PropertyMap,
} from "@shko.online/componentframework-mock";
import type { ShkoOnline } from "@shko.online/componentframework-mock";
import type { Theme } from "@fluentui/react-components";
import { formatWithSeparators } from "./numberFormatting";
import { fileGetResource } from "./controlResources";
import type { ResourceMode } from "./resourceFake";

export type { Lcid };

/** The shared strings of one language, read from the real .resx file. */
export const loadResxStrings = (lcid: Lcid): Readonly<Record<string, string>> => loadStrings(lcid);

/** A strings lookup that fails the test on a key missing from the .resx (rather than showing the key). */
export function stringsLookup(lcid: Lcid): (key: string) => string {
  const strings = loadResxStrings(lcid);
  return (key: string) => {
    if (!Object.prototype.hasOwnProperty.call(strings, key)) throw new Error(`missing .resx key "${key}" (${lcid})`);
    return strings[key];
  };
}

export interface FieldHostOptions {
  lcid?: Lcid;
  /** Host theme; undefined = the host provides none. */
  theme?: Theme;
  isControlDisabled?: boolean;
  /** The user's separators (Personalization settings → Formats); default: the mock's "," and ".". */
  separators?: { group: string; decimal: string };
  /** How `resources.getResource` answers (modes and their sources: simulator/pcfHost/resourceFake.ts); default: as documented, base64. */
  resources?: ResourceMode;
  /** Called with the id of each `getResource` request. */
  onResourceRequest?: (id: string) => void;
  /** Runs getResource's asynchronous answer: jest tests pass React's `act` (resourceFake.ts). */
  answerResources?: (deliver: () => void) => void;
}

/**
 * A field control in a fake model-driven host: language, RTL flag, theme and disabled state set,
 * resources answering from the real .resx strings and image files. Set bound values with
 * `generator.context._SetCanvasItems({...})`, then `ExecuteInit()` and render `ExecuteUpdateView()`.
 */
export function createFieldHost<TInputs extends ShkoOnline.PropertyTypes<TInputs>, TOutputs extends ShkoOnline.KnownTypes<TOutputs>>(
  control: new () => ComponentFramework.ReactControl<TInputs, TOutputs>,
  properties: PropertyMap<TInputs>,
  options: FieldHostOptions = {},
): ComponentFrameworkMockGeneratorReact<TInputs, TOutputs> {
  const lcid = options.lcid ?? 1033;
  const generator = new ComponentFrameworkMockGeneratorReact<TInputs, TOutputs>(control, properties);
  const strings = loadResxStrings(lcid);
  generator.context.resources.getString.callsFake((key: string) => strings[key] ?? key);
  generator.context.resources.getResource.callsFake(fileGetResource(options.resources, options.onResourceRequest, options.answerResources));
  generator.context.userSettings.languageId = lcid;
  // The mock defaults to isRTL = true; a real host reports the user's language.
  generator.context.userSettings.isRTL = lcid === 1025;
  generator.context.mode.isControlDisabled = options.isControlDisabled ?? false;
  if (options.separators) applySeparators(generator.context, options.separators);
  if (options.theme) {
    generator.context.fluentDesignLanguage!.tokenTheme = options.theme as ComponentFramework.Theme;
  } else {
    generator.context.fluentDesignLanguage = undefined;
  }
  return generator;
}

/**
 * Matches the innermost element whose whole text is `text`, even when parts of it sit in child
 * elements (an isolated `<bdi>` handle inside its label).
 */
export const withText =
  (text: string) =>
  (_content: string, element: Element | null): boolean =>
    element?.textContent === text && ![...element.children].some((child) => child.textContent === text);

/** A mock property: its `_Refresh` re-reads the in-memory table on every updateView. */
type MockProperty = ComponentFramework.PropertyTypes.Property & { _Refresh?: () => void };

/** Applies `adjust` now and after each of the mock's refreshes, so a shape survives updateView. */
function keepShape(property: ComponentFramework.PropertyTypes.Property, adjust: (p: Record<string, unknown>) => void): void {
  const mock = property as MockProperty;
  const refresh = mock._Refresh?.bind(mock);
  adjust(mock as unknown as Record<string, unknown>);
  if (refresh) {
    mock._Refresh = () => {
      // The mock's refresh writes the column name into `attributes` (StringPropertyMock does): an
      // unbound shape has none, so give it one to write into; `adjust` takes it away again.
      const writable = mock as unknown as { attributes?: object };
      if (writable.attributes === undefined) writable.attributes = {};
      refresh();
      adjust(mock as unknown as Record<string, unknown>);
    };
  }
}

/**
 * The two shapes a field property takes, so tests exercise both:
 * - Bound (the maker bound a column): `attributes` carries the column's metadata, at least its
 *   `LogicalName`, and `security` its field-security state. Source: PCF reference, "Property"
 *   and "SecurityValues"; observed in pcf-start's harness, which gives every bound property
 *   `attributes.LogicalName = "<name>_logical_name"` and `security {secured: false, editable: true,
 *   readable: true}` (node_modules/pcf-start/harness.js). The componentframework-mock's bound
 *   properties have `attributes.LogicalName` = the property name and no `security`.
 * - Unbound (an optional property the maker left empty): the docs name no flag; they describe
 *   `attributes` and `security` only for bound properties, so the fake gives a property with
 *   `raw: null`, no `formatted`, no `attributes` and no `security`. The control fails closed on
 *   this shape (treats anything without `attributes.LogicalName` as unbound).
 */
export function unbindProperty(property: ComponentFramework.PropertyTypes.Property): void {
  keepShape(property, (p) => {
    p.raw = null;
    p.formatted = undefined;
    p.attributes = undefined;
    p.security = undefined;
  });
}

/**
 * Field security on a bound property: what a column security profile grants the user. Source:
 * PCF "SecurityValues" (secured: the column has security rules; readable / editable: whether the
 * value is meant to be read / changed in the current context). A user without read access never
 * receives the value: the fake withholds raw and formatted.
 */
export function secureProperty(
  property: ComponentFramework.PropertyTypes.Property,
  grants: { readable: boolean; editable: boolean },
): void {
  keepShape(property, (p) => {
    p.security = { secured: true, ...grants };
    if (!grants.readable) {
      p.raw = null;
      p.formatted = undefined;
    }
  });
}

/**
 * The user's number format, as a model-driven host applies it: `userSettings.numberFormattingInfo`
 * carries the separators and `context.formatting.formatInteger/formatDecimal` format with them.
 * Source: PCF reference "NumberFormattingInfo" and "Formatting"; observed in pcf-start's harness,
 * whose formatInteger/formatDecimal format with the current culture info (the same
 * numberFormattingInfo object: numberGroupSeparator, numberDecimalSeparator, numberGroupSizes [3]).
 */
function applySeparators(context: ComponentFramework.Context<unknown>, separators: { group: string; decimal: string }): void {
  const info = context.userSettings.numberFormattingInfo as {
    -readonly [
      K in keyof ComponentFramework.UserSettingApi.NumberFormattingInfo
    ]: ComponentFramework.UserSettingApi.NumberFormattingInfo[K];
  };
  info.numberGroupSeparator = separators.group;
  info.numberDecimalSeparator = separators.decimal;
  const format = (value: number, precision: number): string => formatWithSeparators(value, precision, separators);
  const formatting = context.formatting as unknown as {
    formatInteger: { callsFake(fn: (value: number) => string): void };
    formatDecimal: { callsFake(fn: (value: number, precision?: number) => string): void };
  };
  formatting.formatInteger.callsFake((value) => format(value, 0));
  // Without a precision the harness uses the user's numberDecimalDigits ("N" + NumberDecimalDigits).
  formatting.formatDecimal.callsFake((value, precision) => format(value, precision ?? info.numberDecimalDigits ?? 2));
}

/**
 * A choice column's labels, as a model-driven host serves them: the option set in the column's
 * metadata (`attributes.Options`) and the chosen option's label in `formatted`, both in the user's
 * language. Source: PCF reference "OptionSetProperty" (formatted: the option's label) and
 * "OptionMetadata"; pcf-start's harness fills `formatted` for bound properties too. The mock
 * starts with an empty option set (and warns "Picklist column … is missing option n" on every
 * write), and never sets `formatted` for an OptionSet: this fills both. A value outside the option
 * set gets no label (`formatted` undefined), like a choice value the environment does not define.
 */
export function serveChoiceLabels<TInputs extends ShkoOnline.PropertyTypes<TInputs>, TOutputs extends ShkoOnline.KnownTypes<TOutputs>>(
  generator: ComponentFrameworkMockGeneratorReact<TInputs, TOutputs>,
  propertyName: keyof TInputs & string,
  options: readonly { value: number; label: string }[],
): void {
  const Options = Object.fromEntries(options.map((option) => [option.value, { Value: option.value, Label: option.label }]));
  generator.metadata.upsertAttributeMetadata(MetadataDB.CanvasLogicalName, {
    AttributeType: AttributeType.Picklist,
    EntityLogicalName: MetadataDB.CanvasLogicalName,
    LogicalName: propertyName,
    OptionSet: { MetadataId: "", IsCustomOptionSet: false, Name: propertyName, Options, OptionSetType: OptionSetType.Picklist },
  } as unknown as ShkoOnline.AttributeMetadata);
  const property = (generator.context.parameters as unknown as Record<string, ComponentFramework.PropertyTypes.Property>)[propertyName];
  keepShape(property, (p) => {
    p.formatted = typeof p.raw === "number" ? options.find((option) => option.value === p.raw)?.label : undefined;
  });
}
