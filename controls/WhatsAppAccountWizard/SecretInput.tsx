import * as React from "react";
import { Button, Field, Input } from "@fluentui/react-components";
import { EyeIcon, EyeOffIcon } from "./icons";
import { Strings } from "./strings";

export interface SecretInputProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** Localized message shown under the field. */
  error?: string;
  hint?: string;
  disabled?: boolean;
  strings: Strings;
  /** The text box itself, for a view that moves focus to it. */
  inputRef?: React.Ref<HTMLInputElement>;
}

/**
 * A password field with a reveal button. The browser is told not to remember or autofill it:
 * the value is a third party's secret, not the user's password.
 */
export const SecretInput: React.FC<SecretInputProps> = ({ label, value, onChange, error, hint, disabled, strings, inputRef }) => {
  const [revealed, setRevealed] = React.useState(false);
  // One fixed name with aria-pressed: screen readers announce "Show auth token, toggle button, pressed".
  const toggleLabel = strings("whatsAppWizard.authToken.show");
  return (
    <Field label={label} required validationMessage={error} validationState={error ? "error" : "none"} hint={hint}>
      <Input
        ref={inputRef}
        type={revealed ? "text" : "password"}
        value={value}
        disabled={disabled}
        autoComplete="new-password"
        spellCheck={false}
        onChange={(_event, data) => onChange(data.value)}
        contentAfter={
          <Button
            appearance="transparent"
            size="small"
            icon={revealed ? <EyeOffIcon /> : <EyeIcon />}
            aria-label={toggleLabel}
            title={toggleLabel}
            aria-pressed={revealed}
            disabled={disabled}
            onClick={() => setRevealed(!revealed)}
          />
        }
      />
    </Field>
  );
};
