import * as React from "react";
import { Button, Field, Input } from "@fluentui/react-components";
import { CopyIcon } from "./icons";
import { Strings } from "./strings";
import { useStyles } from "./styles";

export interface CopyFieldProps {
  label: string;
  value: string;
  strings: Strings;
  copy(text: string): Promise<boolean>;
}

/** A read-only value with a Copy button; the outcome is announced, and the text stays selectable. */
export const CopyField: React.FC<CopyFieldProps> = ({ label, value, strings, copy }) => {
  const styles = useStyles();
  const [outcome, setOutcome] = React.useState<"copied" | "failed" | undefined>(undefined);
  const onCopy = async () => setOutcome((await copy(value)) ? "copied" : "failed");
  return (
    <div>
      <div className={styles.copyRow}>
        <Field label={label} className={styles.grow}>
          {/* A URL reads left to right in every language: in Arabic its start stays visible. */}
          <Input readOnly dir="ltr" value={value} onFocus={(event) => event.currentTarget.select()} />
        </Field>
        <Button icon={<CopyIcon />} onClick={onCopy}>
          {strings("whatsAppWizard.button.copy")}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {outcome && strings(outcome === "copied" ? "whatsAppWizard.copy.done" : "whatsAppWizard.copy.failed")}
      </div>
    </div>
  );
};
