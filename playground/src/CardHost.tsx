import * as React from "react";
import { CARD_PROPERTIES as PROPERTIES } from "../../simulator/pcfHost/cardProperties";
import { SocialProfileCard } from "../../controls/SocialProfileCard";
import type { IInputs, IOutputs } from "../../controls/SocialProfileCard/generated/ManifestTypes";
import { COMMUNITY_CHOICES } from "../../plugins-shim/schema";
import { createFieldHost, loadResxStrings, secureProperty, serveChoiceLabels, unbindProperty } from "../../simulator/pcfHost/fieldContext";
import { separatorsOf } from "../../simulator/pcfHost/numberFormatting";
import { localeFromLcid } from "../../controls/common/locale";
import { CardFormShape, CardValues, toBoundValues } from "./cardValues";
import { provideLoadDependency } from "./dependencyLoader";
import { logEvent } from "./hostEvents";
import { HostSettings, THEMES } from "./hostSettings";

export interface CardHostProps {
  settings: HostSettings;
  values: CardValues;
  shape: CardFormShape;
  /** The form saw new outputs (opt-out toggle, typed profile name): the side panel shows the bound value change. */
  onOutputs: (outputs: Partial<CardValues>) => void;
}

let generations = 0;

/**
 * The card on a fake form: the real SocialProfileCard class in the componentframework-mock host
 * from test/support. A language, theme, lock or form-shape change builds a new host and mounts it
 * afresh (a real form reloads); a property change goes through updateView on the same instance.
 */
export const CardHost: React.FC<CardHostProps> = ({ settings, values, shape, onOutputs }) => {
  const outputsRef = React.useRef(onOutputs);
  outputsRef.current = onOutputs;
  const valuesRef = React.useRef(values);
  valuesRef.current = values;

  const { generator, generation } = React.useMemo(() => {
    const host = createFieldHost<IInputs, IOutputs>(
      SocialProfileCard,
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mock's property map typing does not model every manifest type
      PROPERTIES as any,
      {
        lcid: settings.lcid,
        theme: THEMES[settings.theme],
        isControlDisabled: settings.disabled,
        separators: separatorsOf(localeFromLcid(settings.lcid)),
      },
    );
    host.context.userSettings.isRTL = settings.rtl || settings.lcid === 1025;
    // The host labels the community choice in the user's language, from the column's metadata.
    const strings = loadResxStrings(settings.lcid);
    serveChoiceLabels(
      host,
      "community",
      COMMUNITY_CHOICES.map((choice) => ({ value: choice.value, label: strings[choice.labelKey] })),
    );
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
    host.context._SetCanvasItems(toBoundValues(valuesRef.current) as any);
    const parameters = host.context._parameters;
    if (settings.readOnly) {
      // No update grant on the columns the card writes: field security says editable false.
      secureProperty(parameters.optOut, { readable: true, editable: false });
      secureProperty(parameters.profileName, { readable: true, editable: false });
    }
    if (shape.hiddenColumn) secureProperty(parameters[shape.hiddenColumn], { readable: false, editable: false });
    if (!shape.optOutBound) unbindProperty(parameters.optOut);
    provideLoadDependency(host.context.utils);
    host.onOutputChanged.callsFake((updates) => {
      logEvent(`Card: getOutputs → ${JSON.stringify(updates)}`);
      // An undefined output clears the column; the side panel shows a cleared text as "".
      const cleared = Object.fromEntries(Object.entries(updates).map(([key, value]) => [key, value === undefined ? "" : value]));
      outputsRef.current(cleared as Partial<CardValues>);
    });
    host.ExecuteInit();
    return { generator: host, generation: ++generations };
  }, [settings, shape]);

  // A new host starts with the current values; later edits reach the same control instance:
  // the fake form stores them and runs updateView again (a new ExecuteUpdateView pass).
  const lastGenerator = React.useRef<typeof generator | undefined>(undefined);
  const element = React.useMemo(() => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
    if (lastGenerator.current === generator) generator.context._SetCanvasItems(toBoundValues(values) as any);
    lastGenerator.current = generator;
    return generator.ExecuteUpdateView();
  }, [generator, values]);

  // The page has loaded: the platform calls the card's getActions().afterPageLoad (the manifest
  // declares it; Microsoft Learn, "Tutorial: Use dependent libraries in a component", step 3).
  React.useEffect(() => {
    void (generator.control as unknown as { getActions?: () => { afterPageLoad?: () => Promise<void> } }).getActions?.().afterPageLoad?.();
  }, [generator]);

  // Keyed per host: the mock's wrapper binds its host once, on mount, so a new host must mount anew.
  return <React.Fragment key={generation}>{element}</React.Fragment>;
};
