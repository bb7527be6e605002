import * as React from "react";
import { Button, Field, Input } from "@fluentui/react-components";
import { diagnosticText } from "./diagnosticText";
import { normalizeNumber, NumberErrors, NumberInput, validateNumber } from "./numberService";
import { Strings } from "./strings";
import { useStyles } from "./styles";

export interface NumbersEditorProps {
  numbers: readonly NumberInput[];
  strings: Strings;
  formatInteger(value: number): string;
  /** Nothing can be typed or changed (busy, read-only form, no privilege). */
  disabled: boolean;
  /** A valid number to keep: replacing the one at `index` (an edit), or added. False: not saved, keep what was typed. */
  onSave(input: NumberInput, index?: number): void | Promise<boolean>;
  onRemove(index: number): void;
  /** Offer Edit on each number (the wizard, before saving); an existing account's numbers are added or removed. */
  canEdit?: boolean;
  /** A problem with the list as a whole ("add at least one"), shown on the Number field. */
  listError?: string;
}

const EMPTY: NumberInput = { name: "", number: "" };

/**
 * The numbers as the admin center's "WhatsApp numbers" page asks for them: a name and the number
 * with its `+`. The number is checked as it is typed, and both again on Add: nothing invalid or
 * listed twice ever reaches a list, so nothing invalid is ever sent.
 */
export const NumbersEditor: React.FC<NumbersEditorProps> = (props) => {
  const { numbers, strings, formatInteger, disabled, onSave, onRemove, canEdit, listError } = props;
  const styles = useStyles();
  const [draft, setDraft] = React.useState<NumberInput>(EMPTY);
  const [errors, setErrors] = React.useState<NumberErrors>({});
  const [duplicate, setDuplicate] = React.useState(false);
  const [editing, setEditing] = React.useState<number | undefined>(undefined);
  const nameInput = React.useRef<HTMLInputElement>(null);

  const message = (field: keyof NumberInput): string | undefined => {
    const found = errors[field];
    if (found) return diagnosticText(strings, formatInteger, found);
    if (field === "number") return duplicate ? strings("whatsAppWizard.numbers.duplicate") : listError;
  };
  const listed = (input: NumberInput) =>
    numbers.some((other, index) => index !== editing && normalizeNumber(other.number) === normalizeNumber(input.number));

  /** Any edit clears the name's message; the number is checked as typed, and whether it is listed already. */
  const edit = (field: keyof NumberInput, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    setErrors({ number: next.number.trim() ? validateNumber(next).number : undefined });
    setDuplicate(listed(next));
  };

  const save = async () => {
    const found = validateNumber(draft);
    const twice = listed(draft);
    setErrors(found);
    setDuplicate(twice);
    if (found.name || found.number || twice) return;
    // Kept as typed; the service saves it trimmed and normalized (normalizeNumber).
    if ((await onSave(draft, editing)) === false) return;
    setDraft(EMPTY);
    setEditing(undefined);
    nameInput.current?.focus();
  };

  const onEnter = (event: React.KeyboardEvent) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    void save();
  };

  const field = (key: keyof NumberInput, label: string, hint?: string, ref?: React.Ref<HTMLInputElement>) => (
    <Field label={label} required hint={hint} validationMessage={message(key)} validationState={message(key) ? "error" : "none"}>
      <Input ref={ref} value={draft[key]} disabled={disabled} onChange={(_event, data) => edit(key, data.value)} onKeyDown={onEnter} />
    </Field>
  );

  return (
    <>
      {numbers.length > 0 && (
        <ul aria-label={strings("whatsAppWizard.step.numbers.title")} className={styles.root}>
          {numbers.map((item, index) => (
            <li key={item.number} className={styles.copyRow}>
              <span className={styles.grow}>
                {item.name} · <span dir="ltr">{item.number}</span>
              </span>
              {/* The visible text names the number too ("Remove Sales"): one name for every user. */}
              {canEdit && (
                <Button
                  size="small"
                  disabled={disabled}
                  onClick={() => {
                    setEditing(index);
                    setDraft(item);
                    setErrors({});
                    setDuplicate(false);
                    nameInput.current?.focus();
                  }}
                >
                  {strings("whatsAppWizard.numbers.edit", { name: item.name })}
                </Button>
              )}
              <Button size="small" disabled={disabled} onClick={() => onRemove(index)}>
                {strings("whatsAppWizard.numbers.remove", { name: item.name })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {field("name", strings("whatsAppWizard.numbers.nameLabel"), undefined, nameInput)}
      {field("number", strings("whatsAppWizard.numbers.numberLabel"), strings("whatsAppWizard.numbers.numberHint"))}
      <div className={styles.actions}>
        <Button disabled={disabled} onClick={save}>
          {strings(editing === undefined ? "whatsAppWizard.numbers.add" : "whatsAppWizard.numbers.update")}
        </Button>
      </div>
    </>
  );
};
