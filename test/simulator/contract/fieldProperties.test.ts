/**
 * Contract of the field-control host (simulator/pcfHost/fieldContext.ts over
 * @shko.online/componentframework-mock): the context members and property shapes a field control
 * reads, each with its source (PCF reference pages; pcf-start's harness.js where it shows the shape).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import * as React from "react";
import { OptionSetPropertyMock, StringPropertyMock } from "@shko.online/componentframework-mock";
import {
  createFieldHost,
  loadResxStrings,
  secureProperty,
  serveChoiceLabels,
  unbindProperty,
} from "../../../simulator/pcfHost/fieldContext";

const harness = readFileSync(path.join(require.resolve("pcf-start/package.json"), "..", "harness.js"), "utf8");

interface Inputs {
  name: ComponentFramework.PropertyTypes.StringProperty;
  choice: ComponentFramework.PropertyTypes.OptionSetProperty;
}

/** The smallest virtual control: keeps the last context it was given. */
class ProbeControl implements ComponentFramework.ReactControl<Inputs, Record<string, never>> {
  static last: ComponentFramework.Context<Inputs> | undefined;
  init(context: ComponentFramework.Context<Inputs>): void {
    ProbeControl.last = context;
  }
  updateView(context: ComponentFramework.Context<Inputs>): React.ReactElement {
    ProbeControl.last = context;
    return React.createElement("div");
  }
  getOutputs(): Record<string, never> {
    return {};
  }
  destroy(): void {}
}

function host(lcid: 1033 | 1025 = 1033) {
  const generator = createFieldHost<Inputs, Record<string, never>>(
    ProbeControl,
    { name: StringPropertyMock, choice: OptionSetPropertyMock },
    { lcid },
  );
  generator.context._SetCanvasItems({ name: "Ada", choice: 2 });
  generator.ExecuteInit();
  generator.ExecuteUpdateView();
  return { generator, context: () => ProbeControl.last! };
}

describe("field host (contract of fieldContext.ts)", () => {
  it("answers getString from the real .resx of the user's language and sets the language flags", () => {
    // PCF Resources.getString: the manifest's resx strings in the user's language; UserSettings.languageId / isRTL.
    const english = loadResxStrings(1033);
    const key = Object.keys(english)[0];
    const arabic = host(1025).context();
    expect(arabic.resources.getString(key)).toBe(loadResxStrings(1025)[key]);
    expect(arabic.userSettings.languageId).toBe(1025);
    expect(arabic.userSettings.isRTL).toBe(true);
    const en = host(1033).context();
    expect(en.resources.getString(key)).toBe(english[key]);
    expect(en.userSettings.isRTL).toBe(false);
  });

  it("gives a bound property raw, formatted and attributes.LogicalName, as hosts do", () => {
    // PCF Property: raw, formatted, attributes (the column's metadata). pcf-start: `LogicalName:\`${e}_logical_name\``.
    expect(harness).toContain("_logical_name");
    const name = host().context().parameters.name;
    expect(name.raw).toBe("Ada");
    expect(name.attributes?.LogicalName).toEqual(expect.any(String));
  });

  it("models an unbound property as raw null without attributes or security, across updateView", () => {
    // PCF describes attributes and security for bound properties only (fieldContext.ts, unbindProperty).
    const { generator, context } = host();
    unbindProperty(generator.context._parameters.name);
    generator.ExecuteUpdateView();
    const name = context().parameters.name as unknown as Record<string, unknown>;
    expect([name.raw, name.formatted, name.attributes, name.security]).toEqual([null, undefined, undefined, undefined]);
  });

  it("withholds the value of a secured column the user may not read", () => {
    // PCF SecurityValues { secured, readable, editable }; pcf-start's default is `security:{secured:!1,editable:!0,readable:!0}`.
    expect(harness).toContain("security:{secured:!1,editable:!0,readable:!0}");
    const { generator, context } = host();
    secureProperty(generator.context._parameters.name, { readable: false, editable: false });
    generator.ExecuteUpdateView();
    const name = context().parameters.name;
    expect(name.security).toEqual({ secured: true, readable: false, editable: false });
    expect(name.raw).toBeNull();
    expect(name.formatted).toBeUndefined();
  });

  it("serves a choice's label in formatted and its options in attributes", () => {
    // PCF OptionSetProperty: formatted is the chosen option's label; attributes.Options the option set.
    const { generator, context } = host();
    serveChoiceLabels(generator, "choice", [
      { value: 1, label: "Facebook" },
      { value: 2, label: "Twitter" },
    ]);
    generator.context._SetCanvasItems({ choice: 2 });
    generator.ExecuteUpdateView();
    expect(context().parameters.choice.formatted).toBe("Twitter");
    generator.context._SetCanvasItems({ choice: 99 });
    generator.ExecuteUpdateView();
    expect(context().parameters.choice.formatted).toBeUndefined();
  });
});
