import * as React from "react";
import { CARD_PROPERTIES as PROPERTIES } from "../../test/support/cardProperties";
import { SocialProfileCard } from "../../controls/SocialProfileCard";
import type { IInputs, IOutputs } from "../../controls/SocialProfileCard/generated/ManifestTypes";
import { createFieldHost } from "../../test/support/fieldContext";
import { CardValues, toBoundValues } from "./cardValues";
import { logEvent } from "./hostEvents";
import { HostSettings, THEMES } from "./hostSettings";

export interface CardHostProps {
  settings: HostSettings;
  values: CardValues;
  /** The form saw new outputs (the opt-out toggle): the side panel shows the bound value change. */
  onOutputs: (outputs: Partial<CardValues>) => void;
}

/**
 * The card on a fake form: the real SocialProfileCard class in the componentframework-mock host
 * from test/support. A language, theme or lock change builds a new host (a real form reloads);
 * a property change goes through updateView on the same control instance.
 */
export const CardHost: React.FC<CardHostProps> = ({ settings, values, onOutputs }) => {
  const outputsRef = React.useRef(onOutputs);
  outputsRef.current = onOutputs;
  const valuesRef = React.useRef(values);
  valuesRef.current = values;

  const generator = React.useMemo(() => {
    const host = createFieldHost<IInputs, IOutputs>(
      SocialProfileCard,
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mock's property map typing does not model every manifest type
      PROPERTIES as any,
      { lcid: settings.lcid, theme: THEMES[settings.theme], isControlDisabled: settings.disabled },
    );
    host.context.userSettings.isRTL = settings.rtl || settings.lcid === 1025;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
    host.context._SetCanvasItems(toBoundValues(valuesRef.current) as any);
    if (settings.readOnly) host.context._parameters.optOut.security = { editable: false, readable: true, secured: true };
    host.onOutputChanged.callsFake((updates) => {
      logEvent(`Card: getOutputs → ${JSON.stringify(updates)}`);
      outputsRef.current(updates as Partial<CardValues>);
    });
    host.ExecuteInit();
    return host;
  }, [settings]);

  // A new host starts with the current values; later edits reach the same control instance:
  // the fake form stores them and runs updateView again (a new ExecuteUpdateView pass).
  const [element, setElement] = React.useState(() => generator.ExecuteUpdateView());
  const applied = React.useRef({ generator, values });
  React.useEffect(() => {
    const previous = applied.current;
    applied.current = { generator, values };
    if (previous.generator !== generator) {
      setElement(generator.ExecuteUpdateView());
    } else if (previous.values !== values) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
      generator.context._SetCanvasItems(toBoundValues(values) as any);
      setElement(generator.ExecuteUpdateView());
    }
  }, [generator, values]);

  return element;
};
