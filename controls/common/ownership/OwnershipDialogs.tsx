import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Radio,
  RadioGroup,
  Select,
  Spinner,
} from "@fluentui/react-components";
import { PrincipalOption, PrincipalRef, ShareLevel } from "./ownershipImports";
import type { OwnershipText } from "./ownershipService";

const keyOf = (principal: PrincipalRef): string => `${principal.kind}:${principal.id}`;

interface ConfirmDialogProps {
  /** Kept mounted and opened / closed by this flag: unmounting an open modal dialog would leave the page aria-hidden. */
  open: boolean;
  title: string;
  body: React.ReactNode;
  confirmLabel: string;
  busy: boolean;
  text: OwnershipText;
  onConfirm: () => void;
  onCancel: () => void;
  children?: React.ReactNode;
  confirmDisabled?: boolean;
}

/** A modal question with Cancel and one confirming button; Escape and Cancel close it. */
export function ConfirmDialog(props: ConfirmDialogProps): JSX.Element {
  return (
    <Dialog open={props.open} modalType="modal" onOpenChange={(_, data) => !data.open && props.onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>
            {props.body}
            {props.children}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={props.onCancel}>
              {props.text("ownership.action.cancel")}
            </Button>
            <Button appearance="primary" disabled={props.busy || props.confirmDisabled} onClick={props.onConfirm}>
              {props.busy ? <Spinner size="tiny" label={props.text("ownership.working")} /> : props.confirmLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

interface PrincipalPickerProps {
  label: string;
  options: readonly PrincipalOption[] | undefined;
  value: string;
  onChange: (key: string) => void;
  text: OwnershipText;
}

/** A native select of users and teams (screen readers and keyboards know it); empty until chosen. */
function PrincipalPicker({ label, options, value, onChange, text }: PrincipalPickerProps): JSX.Element {
  if (!options) return <Spinner size="tiny" label={text("ownership.working")} />;
  return (
    <Field label={label} required>
      <Select value={value} onChange={(_, data) => onChange(data.value)}>
        <option value="">{text("ownership.choose")}</option>
        {options.map((option) => (
          <option key={keyOf(option.principal)} value={keyOf(option.principal)}>
            {option.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

const find = (options: readonly PrincipalOption[] | undefined, key: string) => options?.find((option) => keyOf(option.principal) === key);

interface AssignDialogProps {
  open: boolean;
  options: readonly PrincipalOption[] | undefined;
  busy: boolean;
  text: OwnershipText;
  onAssign: (principal: PrincipalRef) => void;
  onCancel: () => void;
}

export function AssignDialog({ open, options, busy, text, onAssign, onCancel }: AssignDialogProps): JSX.Element {
  const [chosen, setChosen] = React.useState("");
  const option = find(options, chosen);
  React.useEffect(() => setChosen(""), [open]);
  return (
    <ConfirmDialog
      open={open}
      title={text("ownership.assign.title")}
      body={null}
      confirmLabel={text("ownership.assign.confirm")}
      confirmDisabled={!option}
      busy={busy}
      text={text}
      onConfirm={() => option && onAssign(option.principal)}
      onCancel={onCancel}
    >
      <PrincipalPicker label={text("ownership.assign.to")} options={options} value={chosen} onChange={setChosen} text={text} />
    </ConfirmDialog>
  );
}

export const LEVEL_KEYS: Readonly<Record<ShareLevel, string>> = {
  read: "ownership.level.read",
  write: "ownership.level.write",
  share: "ownership.level.share",
};

interface ShareDialogProps {
  open: boolean;
  options: readonly PrincipalOption[] | undefined;
  /** Levels the user may grant (no more than the user has). */
  levels: readonly ShareLevel[];
  busy: boolean;
  text: OwnershipText;
  onShare: (principal: PrincipalRef, level: ShareLevel) => void;
  onCancel: () => void;
}

export function ShareDialog({ open, options, levels, busy, text, onShare, onCancel }: ShareDialogProps): JSX.Element {
  const [chosen, setChosen] = React.useState("");
  const [level, setLevel] = React.useState<ShareLevel>(levels[0] ?? "read");
  const option = find(options, chosen);
  React.useEffect(() => {
    setChosen("");
    setLevel(levels[0] ?? "read");
    // Reset when the dialog opens or closes, not when the levels array is rebuilt.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  return (
    <ConfirmDialog
      open={open}
      title={text("ownership.share.title")}
      body={null}
      confirmLabel={text("ownership.share.confirm")}
      confirmDisabled={!option}
      busy={busy}
      text={text}
      onConfirm={() => option && onShare(option.principal, level)}
      onCancel={onCancel}
    >
      <PrincipalPicker label={text("ownership.share.with")} options={options} value={chosen} onChange={setChosen} text={text} />
      <Field label={text("ownership.share.level")}>
        <RadioGroup value={level} onChange={(_, data) => setLevel(data.value as ShareLevel)}>
          {levels.map((candidate) => (
            <Radio key={candidate} value={candidate} label={text(LEVEL_KEYS[candidate])} />
          ))}
        </RadioGroup>
      </Field>
    </ConfirmDialog>
  );
}
