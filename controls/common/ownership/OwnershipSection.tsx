import * as React from "react";
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
  useId,
} from "@fluentui/react-components";
import { AssignDialog, ConfirmDialog, ShareDialog } from "./OwnershipDialogs";
import { OwnershipBadge } from "./OwnershipBadge";
import { decideTakeOver, formatMessage, hasRight, PrincipalOption, PrincipalRef, SHARE_LEVELS, ShareLevel } from "./ownershipImports";
import type { OwnershipService, OwnershipText } from "./ownershipService";
import { SharesList } from "./SharesList";
import { useOwnership } from "./useOwnership";
import { OWNERSHIP_HEADING, OWNERSHIP_PANEL } from "./panelStyle";

export interface OwnershipSectionProps {
  service: OwnershipService;
  recordId: string;
  /** Localized string by .resx key (the host's resources lookup). */
  getString: (key: string) => string;
  /** BCP 47 locale for numbers (the cascade count). */
  locale: string;
  /**
   * Leaves the deleted record (the card: navigates the form away). Delete is offered only with it:
   * a host that can't leave the record must not leave the user on a deleted one.
   */
  onDeleted?: () => void;
  /** Takes the focus when it appears (it replaced what held it: the loader's "Try again"). */
  focusOnMount?: boolean;
}

type Dialog = { kind: "takeOver" } | { kind: "assign" } | { kind: "share" } | { kind: "delete"; count?: number };

// The card's visual language (panelStyle.ts): its box, its muted label type for "Shared with"
// (ProfileCard's detail labels), a rule above the actions like the card's own sections.
const useStyles = makeStyles({
  section: OWNERSHIP_PANEL,
  heading: OWNERSHIP_HEADING,
  status: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const LEVELS: readonly ShareLevel[] = ["read", "write", "share"];

/**
 * Ownership of one social profile: who owns it, the user's relation, who it is shared with, and
 * the actions the user's rights allow (take over, assign, share, change or stop sharing, delete).
 * Pure view over an `OwnershipService`; it reads after the first render, so it never delays the card.
 */
export function OwnershipSection({ service, recordId, getString, locale, onDeleted, focusOnMount }: OwnershipSectionProps): JSX.Element {
  const styles = useStyles();
  const text: OwnershipText = React.useCallback((key, params = {}) => formatMessage(getString(key), params), [getString]);
  const { state, run, cancel, retry, dismissError } = useOwnership(service, recordId);
  const [dialog, setDialog] = React.useState<Dialog | undefined>();
  const [candidates, setCandidates] = React.useState<PrincipalOption[] | undefined>();
  const headingId = useId("ownership-heading");

  const openWithCandidates = (next: Dialog) => {
    setDialog(next);
    if (!candidates) service.candidates().then(setCandidates, () => setCandidates([]));
  };
  const sectionRef = React.useRef<HTMLElement>(null);
  // Mount only: the prop says where the focus was when this section replaced its placeholder.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  React.useEffect(() => void (focusOnMount && sectionRef.current?.focus()), []);
  // Focus goes back into the section before the dialog unmounts: a dialog removed while one of its
  // fields holds focus can leave the focus manager hiding the page from screen readers.
  const close = () => {
    sectionRef.current?.focus();
    setDialog(undefined);
  };
  // Cancel while an action runs stops its next attempt (useOwnership says what became of it).
  const cancelDialog = () => {
    if (state.busy) cancel();
    close();
  };
  // The dialog on screen now: an action that settles after Cancel closed its dialog (the user has
  // moved on) neither closes another one nor pulls the focus back.
  const openDialog = React.useRef(dialog);
  openDialog.current = dialog;
  // A share's row runs its change or stop in place; that row offers Cancel while it runs.
  const [working, setWorking] = React.useState<PrincipalRef | undefined>();
  // The row's controls are disabled while it runs, and "Stop sharing" removes the row: focus that
  // fell to <body> waits on the section instead (as the row's Cancel does); focus the user moved
  // elsewhere meanwhile stays where it is.
  const actOnRow = async (principal: PrincipalRef, action: Parameters<typeof run>[0]) => {
    setWorking(principal);
    await run(action);
    setWorking(undefined);
    if (!document.activeElement || document.activeElement === document.body) sectionRef.current?.focus();
  };
  const act = async (action: Parameters<typeof run>[0]) => {
    const from = openDialog.current;
    await run(action);
    if (from !== undefined && openDialog.current === from) close();
  };
  // A delete started here leaves the record once it is known deleted: at once, or after a
  // cancel whose re-read finds the delete went through.
  const deleting = React.useRef(false);
  React.useEffect(() => {
    if (state.status === "deleted" && deleting.current) {
      deleting.current = false;
      onDeleted?.();
    }
  }, [state.status, onDeleted]);

  const errorBar = state.error && (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{text("ownership.error.title")}</MessageBarTitle>
        {text(state.error.messageKey)}
        {state.error.supportCode ? ` ${text("error.supportCode", { code: state.error.supportCode })}` : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={dismissError}>
          {text("ownership.action.cancel")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
  const noticeBar = state.notice && (
    <MessageBar intent={state.notice.messageKey === "ownership.cancel.stopped" ? "info" : "warning"}>
      <MessageBarBody>{text(state.notice.messageKey)}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={dismissError}>
          {text("ownership.action.cancel")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );

  let body: React.ReactNode;
  if (state.status === "loading") {
    body = <Spinner size="tiny" labelPosition="after" label={text("ownership.loading")} />;
  } else if (state.status === "deleted") {
    body = <Text role="status">{text("ownership.deleted")}</Text>;
  } else if (state.status === "failed" || !state.snapshot) {
    body = (
      <>
        <Text role="alert">{text("ownership.loadFailed")}</Text>
        <Button size="small" onClick={retry}>
          {text("ownership.retry")}
        </Button>
      </>
    );
  } else {
    const snapshot = state.snapshot;
    const rights = service.rights(snapshot);
    const canTakeOver = decideTakeOver(rights, snapshot.owner, service.userId).allowed;
    const canAssign = hasRight(rights, "Assign");
    const canShare = snapshot.accessMessagesAvailable && hasRight(rights, "Share");
    const canDelete = hasRight(rights, "Delete") && onDeleted !== undefined;
    // No more access than the user has: offer only levels whose rights the user holds.
    const deleteCount = dialog?.kind === "delete" ? dialog.count : undefined;
    const levels = canShare ? LEVELS.filter((level) => (SHARE_LEVELS[level] & ~rights) === 0) : [];
    body = (
      <>
        <div className={styles.status} aria-live="polite">
          <OwnershipBadge relation={snapshot.relation} text={text} />
          {snapshot.owner.name && <Text className={styles.muted}>{text("ownership.owner", { name: snapshot.owner.name })}</Text>}
        </div>
        {snapshot.accessMessagesAvailable ? (
          <>
            <Text className={styles.label}>{text("ownership.shares.label")}</Text>
            <SharesList
              shares={snapshot.shares ?? []}
              levels={levels}
              busy={state.busy}
              working={working}
              // The row's Cancel goes away with the run: the focus waits on the section.
              onCancel={() => {
                sectionRef.current?.focus();
                cancel();
              }}
              text={text}
              onChange={(principal, level) =>
                void actOnRow(principal, (current, signal) => service.changeShare(current, principal, level, { signal }))
              }
              onStop={(principal) => void actOnRow(principal, (current, signal) => service.stopSharing(current, principal, { signal }))}
            />
          </>
        ) : (
          <Text size={200} className={styles.muted}>
            {text("ownership.readOnly")}
          </Text>
        )}
        {(canTakeOver || canAssign || canShare || canDelete) && (
          <div className={styles.actions}>
            {canTakeOver && (
              <Button appearance="primary" disabled={state.busy} onClick={() => setDialog({ kind: "takeOver" })}>
                {text("ownership.action.takeOver")}
              </Button>
            )}
            {canAssign && (
              <Button disabled={state.busy} onClick={() => openWithCandidates({ kind: "assign" })}>
                {text("ownership.action.assign")}
              </Button>
            )}
            {canShare && levels.length > 0 && (
              <Button disabled={state.busy} onClick={() => openWithCandidates({ kind: "share" })}>
                {text("ownership.action.share")}
              </Button>
            )}
            {canDelete && (
              <Button
                disabled={state.busy}
                onClick={() => {
                  setDialog({ kind: "delete" });
                  service.cascadeCount(snapshot.recordId).then(
                    (count) => setDialog((open) => (open?.kind === "delete" ? { kind: "delete", count } : open)),
                    () => setDialog((open) => (open?.kind === "delete" ? { kind: "delete", count: -1 } : open)),
                  );
                }}
              >
                {text("ownership.action.delete")}
              </Button>
            )}
          </div>
        )}
        {dialog?.kind === "takeOver" && (
          <ConfirmDialog
            open
            title={text("ownership.takeOver.title")}
            body={text("ownership.takeOver.body")}
            confirmLabel={text("ownership.action.takeOver")}
            busy={state.busy}
            text={text}
            onConfirm={() => void act((current, signal) => service.takeOver(current, { signal }))}
            onCancel={cancelDialog}
          />
        )}
        {dialog?.kind === "assign" && (
          <AssignDialog
            open
            // Only who can own a record: users and owner teams, no access team (Microsoft Learn, "Manage teams").
            options={candidates?.filter((option) => option.canOwn && option.principal.id !== snapshot.owner.principal.id)}
            busy={state.busy}
            text={text}
            onAssign={(principal) => void act((current, signal) => service.assign(current, principal, { signal }))}
            onCancel={cancelDialog}
          />
        )}
        {dialog?.kind === "share" && (
          <ShareDialog
            open
            options={candidates?.filter(
              (option) =>
                option.principal.id !== snapshot.owner.principal.id &&
                !(snapshot.shares ?? []).some((share) => share.principal.id === option.principal.id),
            )}
            levels={levels}
            busy={state.busy}
            text={text}
            onShare={(principal, level) => void act((current, signal) => service.share(current, principal, level, { signal }))}
            onCancel={cancelDialog}
          />
        )}
        {dialog?.kind === "delete" && (
          <ConfirmDialog
            open
            title={text("ownership.delete.title")}
            body={
              deleteCount === undefined ? (
                <Spinner size="tiny" labelPosition="after" label={text("ownership.delete.counting")} />
              ) : deleteCount < 0 ? (
                text("ownership.loadFailed")
              ) : (
                text("ownership.delete.body", { count: new Intl.NumberFormat(locale).format(deleteCount) })
              )
            }
            confirmLabel={text("ownership.delete.confirm")}
            // Never delete without telling how much goes with it.
            confirmDisabled={deleteCount === undefined || deleteCount < 0}
            busy={state.busy}
            text={text}
            onConfirm={() => {
              deleting.current = true;
              void act(async (current, signal) => service.delete(current, { signal }));
            }}
            onCancel={cancelDialog}
          />
        )}
      </>
    );
  }

  return (
    <section ref={sectionRef} tabIndex={-1} className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {text("ownership.region.label")}
      </h3>
      {errorBar}
      {/* Always present, so a notice put into it is announced (a live region mounted with its text often is not). */}
      <div role="status">{noticeBar}</div>
      {body}
    </section>
  );
}
