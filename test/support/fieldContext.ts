/**
 * Fake PCF host for field controls, built on @shko.online/componentframework-mock (its React
 * generator runs init / updateView / getOutputs the way the platform does and keeps bound
 * values in an in-memory table). This file adds what every field-control test needs on top:
 * the real .resx strings, the user's language, the host theme and the states that lock a field.

 */
import { Lcid, loadStrings } from "../../plugins-shim/strings/resx";
import { ComponentFrameworkMockGeneratorReact, PropertyMap } from "@shko.online/componentframework-mock";
import type { ShkoOnline } from "@shko.online/componentframework-mock";
import type { Theme } from "@fluentui/react-components";

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
}

/**
 * A field control in a fake model-driven host: language, RTL flag, theme and disabled state set,
 * resources answering from the real .resx strings. Set bound values with
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
  generator.context.userSettings.languageId = lcid;
  // The mock defaults to isRTL = true; a real host reports the user's language.
  generator.context.userSettings.isRTL = lcid === 1025;
  generator.context.mode.isControlDisabled = options.isControlDisabled ?? false;
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
