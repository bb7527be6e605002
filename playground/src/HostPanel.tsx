import * as React from "react";
import { Field, Select, Switch } from "@fluentui/react-components";
import { HostSettings, LANGUAGES, ThemeName } from "./hostSettings";

export interface HostPanelProps {
  settings: HostSettings;
  onChange: (settings: HostSettings) => void;
}

/** What the host decides for every control: language, direction, theme, locks. */
export const HostPanel: React.FC<HostPanelProps> = ({ settings, onChange }) => (
  <>
    <Field label="Language">
      <Select
        value={String(settings.lcid)}
        onChange={(_e, data) => onChange({ ...settings, lcid: Number(data.value) as HostSettings["lcid"] })}
      >
        {LANGUAGES.map((language) => (
          <option key={language.lcid} value={language.lcid}>
            {language.name}
          </option>
        ))}
      </Select>
    </Field>
    <Field label="Theme (fluentDesignLanguage)">
      <Select value={settings.theme} onChange={(_e, data) => onChange({ ...settings, theme: data.value as ThemeName })}>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
        <option value="highContrast">High contrast</option>
      </Select>
    </Field>
    <Switch
      label="Right to left (userSettings.isRTL)"
      checked={settings.rtl}
      onChange={(_e, data) => onChange({ ...settings, rtl: data.checked })}
    />
    <Switch
      label="Disabled (mode.isControlDisabled)"
      checked={settings.disabled}
      onChange={(_e, data) => onChange({ ...settings, disabled: data.checked })}
    />
    <Switch
      label="Read-only (no write privilege)"
      checked={settings.readOnly}
      onChange={(_e, data) => onChange({ ...settings, readOnly: data.checked })}
    />
  </>
);
