import * as React from "react";
import { Field, Input, InputOnChangeData } from "@fluentui/react-components";
import { profileNameError } from "./profileNameRule";

export interface ProfileNameFieldProps {
  /** The bound column's value from the host. */
  value: string | null;
  label: string;
  /** The form marks the column required (business or system required): Fluent shows the marker. */
  required: boolean;
  getString: (key: string) => string;
  /** A valid value, trimmed; null for blank. Called when the field loses focus or on Enter. */
  onCommit: (value: string | null) => void;
}

/**
 * The bound profile name typed inline, like the form's own text field: the column's rules from
 * plugins-shim are checked as the agent types, an invalid draft stays in the box with its
 * localized message and is never sent, a valid one is committed on blur or Enter.
 */
export const ProfileNameField: React.FC<ProfileNameFieldProps> = ({ value, label, required, getString, onCommit }) => {
  const [draft, setDraft] = React.useState<string | undefined>(undefined);
  // The host's next value (after a commit, or changed by a script) replaces the draft.
  React.useEffect(() => setDraft(undefined), [value]);
  const shown = draft ?? value ?? "";
  const error = draft === undefined ? undefined : profileNameError(draft, required, getString);

  const commit = (): void => {
    if (draft === undefined || error !== undefined) return;
    const next = draft.trim() === "" ? null : draft.trim();
    if (next !== value) onCommit(next);
  };

  return (
    <Field label={label} required={required} validationMessage={error} validationState={error ? "error" : "none"}>
      <Input
        value={shown}
        onChange={(_event: React.ChangeEvent<HTMLInputElement>, data: InputOnChangeData) => setDraft(data.value)}
        onBlur={commit}
        onKeyDown={(event: React.KeyboardEvent<HTMLInputElement>) => {
          if (event.key === "Enter") commit();
        }}
      />
    </Field>
  );
};
