import * as React from "react";
import { mergeClasses } from "@fluentui/react-components";
import { CheckIcon } from "./icons";
import { Strings } from "./strings";
import { useStyles } from "./styles";

export interface StepListProps {
  /** resx keys of the step titles, in order. */
  titleKeys: readonly string[];
  current: number;
  strings: Strings;
}

/**
 * Visible progress: every step by name, the current one marked with aria-current="step", the
 * completed ones named so ("Channel details, completed"): the check mark alone is not announced.
 */
export const StepList: React.FC<StepListProps> = ({ titleKeys, current, strings }) => {
  const styles = useStyles();
  return (
    <nav aria-label={strings("whatsAppWizard.steps.label")}>
      <ol className={styles.steps}>
        {titleKeys.map((key, index) => (
          <li
            key={key}
            className={mergeClasses(styles.step, index === current && styles.stepCurrent)}
            aria-current={index === current ? "step" : undefined}
          >
            <span className={styles.stepNumber} aria-hidden="true">
              {index < current ? <CheckIcon /> : index + 1}
            </span>
            {index < current ? (
              <>
                <span aria-hidden="true">{strings(key)}</span>
                <span className={styles.visuallyHidden}>{strings("whatsAppWizard.steps.completed", { title: strings(key) })}</span>
              </>
            ) : (
              <span>{strings(key)}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
};
