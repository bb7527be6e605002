import * as React from "react";
import { Badge, makeStyles, mergeClasses, Switch, SwitchOnChangeData, Text, tokens, useId } from "@fluentui/react-components";
import { Prohibited16Regular, PresenceOffline16Regular } from "./icons";
import { CHANNEL_IDENTIFIERS, channelHandle } from "./channelHandle";
import { CommunityIcon } from "./CommunityIcon";
import { communityLabel, getCommunity } from "./communityCatalog";
import { CountValue } from "./CountValue";
import type { CardLayout, CountKind } from "./countOptions";
import { formatDecimal, HostNumberFormat } from "./formatCount";
import type { LockedFieldProps } from "./LockedField";
import { LockIndicator } from "./LockIndicator";
import { MaskedValue } from "./MaskedValue";
import { NoValue } from "./NoValue";
import { OPT_OUT_LOCK_REASON_KEYS, OptOutLock } from "./optOutLock";
import { ProfileAvatar } from "./ProfileAvatar";
import { ProfileLink } from "./ProfileLink";
import { VisuallyHidden } from "./VisuallyHidden";
import type { ProfileNameFieldProps } from "./ProfileNameField";
import { isInactive, ProfileColumn, SocialProfileData } from "./profileData";
import { Community, formatMessage, safeHttpUrl } from "./schemaImports";

/** The bound profile name on a form: editable inline when `lock` is null, else read-only with the lock's reason. */
export interface ProfileNameBinding {
  lock: OptOutLock | null;
  /** The form marks the column required. */
  required: boolean;
  onCommit: (value: string | null) => void;
  /**
   * The inline editor (ProfileNameField), handed in by the field control: the gallery binds no
   * profile name, so its bundle leaves out the editor and the name rules it validates with.
   */
  editor: React.ComponentType<ProfileNameFieldProps>;
}

export interface ProfileCardProps {
  profile: SocialProfileData;
  /** Localized string by .resx key (the host passes its resources lookup). */
  getString: (key: string) => string;
  /** BCP 47 locale for numbers' magnitude words ("K", "Md"). */
  locale: string;
  /** The user's number format from the host (separators, full formatting); Intl on `locale` when absent. */
  numberFormat?: HostNumberFormat;
  counts: readonly CountKind[];
  layout: CardLayout;
  /** Why the opt-out cannot be changed, or null when the agent may switch it (see OptOutLock). */
  optOutLock: OptOutLock | null;
  onOptOutChange: (optedOut: boolean) => void;
  /** Columns field security hides from the user: shown masked, never as "—". */
  unreadable?: readonly ProfileColumn[];
  /** The field control's bound profile name; absent in the gallery (read-only text there). */
  profileNameBinding?: ProfileNameBinding;
  /**
   * How a locked opt-out shows. The field control hands in LockedField: label, value, lock and
   * reason, as a form shows a locked field. Absent (the gallery, whose bundle then leaves it out):
   * one "Opted out" badge when opted out and nothing when not, never the label, value and reason
   * repeated on every card; the reason is on the card's lock icon unless `optOutLockExplained`.
   */
  lockedOptOutField?: React.ComponentType<LockedFieldProps>;
  /** The host says once, for every card, why the opt-out is locked (the gallery, above its cards). */
  optOutLockExplained?: boolean;
}

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    minWidth: 0,
  },
  compact: { rowGap: tokens.spacingVerticalS, paddingBlock: tokens.spacingVerticalS, paddingInline: tokens.spacingHorizontalS },
  inactive: { backgroundColor: tokens.colorNeutralBackground3 },
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM, minWidth: 0 },
  identity: { display: "flex", flexDirection: "column", minWidth: 0, flexGrow: 1 },
  ellipsis: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  channel: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
    minWidth: 0,
  },
  badges: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  stats: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS, margin: 0 },
  // dt before dd in the DOM (screen readers read "Followers, 12K"); the value is drawn on top.
  stat: { display: "flex", flexDirection: "column-reverse" },
  statValue: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  statLabel: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  details: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  detailLabel: { color: tokens.colorNeutralForeground2 },
  detailValue: { margin: 0, minWidth: 0, overflowWrap: "anywhere" },
  wholeRow: { gridColumn: "1 / -1" },
});

const COUNT_COLUMNS: Readonly<Record<CountKind, { column: "followerCount" | "followingCount" | "friendCount"; labelKey: string }>> = {
  followers: { column: "followerCount", labelKey: "card.followers" },
  following: { column: "followingCount", labelKey: "card.following" },
  friends: { column: "friendCount", labelKey: "card.friends" },
};

/**
 * Channel identifiers listed in the full layout when filled, or when they are the channel's own
 * identifier; the phone number has its row always.
 */
const IDENTIFIER_ROWS = CHANNEL_IDENTIFIERS.filter((row) => row.column !== "phoneNumber");

const filled = (value: string | null): value is string => value != null && value.trim() !== "";

/**
 * A .resx pattern with `{name}` placeholders filled with React nodes (a value isolated in its
 * `<bdi>`, a mask): the words and separators around them are the translation's, never code's.
 */
const fill = (pattern: string, params: Readonly<Record<string, React.ReactNode>>): React.ReactElement =>
  React.createElement(React.Fragment, null, ...pattern.split(/\{(\w+)\}/).map((part, index) => (index % 2 ? params[part] : part)));

const NO_COLUMNS: readonly ProfileColumn[] = [];

/**
 * One social profile as a card. Pure: everything arrives in props, changes leave through
 * `onOptOutChange` and the profile name binding; the same view serves the field control and the gallery.
 */
export const ProfileCard: React.FC<ProfileCardProps> = ({
  profile,
  getString,
  locale,
  numberFormat,
  counts,
  layout,
  optOutLock,
  onOptOutChange,
  unreadable = NO_COLUMNS,
  profileNameBinding,
  lockedOptOutField: LockedOptOut,
  optOutLockExplained = false,
}) => {
  const styles = useStyles();
  const nameId = useId("social-profile-name-");
  const noValue = getString("card.noValue");
  const compact = layout === "compact";
  const inactive = isInactive(profile);
  const masked = (column: ProfileColumn): boolean => unreadable.includes(column);
  const maskedValue = <MaskedValue label={getString("card.masked")} />;

  // Optimistic switch: shows the user's choice at once; the host's next value replaces it.
  const [pendingOptOut, setPendingOptOut] = React.useState<boolean | undefined>(undefined);
  React.useEffect(() => setPendingOptOut(undefined), [profile.optOut]);
  const onSwitch = React.useCallback(
    (_event: React.ChangeEvent<HTMLInputElement>, data: SwitchOnChangeData) => {
      // A locked opt-out renders no switch; the guard keeps a stray event from changing it anyway.
      if (optOutLock !== null) return;
      setPendingOptOut(data.checked);
      onOptOutChange(data.checked);
    },
    [onOptOutChange, optOutLock],
  );

  const fullName = masked("fullName") ? null : profile.fullName;
  const profileName = masked("profileName") ? null : profile.profileName;
  // A full name field security hides is masked, as every secured value is: the title never falls
  // back to the handle then (that would pass the handle off as the person's name).
  const displayName = masked("fullName") ? undefined : filled(fullName) ? fullName : filled(profileName) ? profileName : undefined;
  const community = masked("community") ? null : profile.community;
  const channelName = community == null ? undefined : communityLabel(community, getString, profile.communityFormatted);
  const handle = channelHandle({ ...profile, profileName });
  // The title already shows the profile name when there is no full name: do not repeat it below.
  const shownHandle = handle && !(handle.column === "profileName" && displayName === profileName) ? handle : undefined;
  // "Open on Other" says nothing: name the channel only when it is a real, known one.
  const namedChannel = channelName !== undefined && community !== Community.Other && getCommunity(community) !== undefined;
  const link = masked("profileLink") ? undefined : safeHttpUrl(profile.profileLink);
  const influence = formatDecimal(profile.influenceScore, locale, 2, numberFormat);
  const profileLink = (href: string): React.ReactNode => (
    <ProfileLink
      href={href}
      text={namedChannel ? formatMessage(getString("card.openProfile"), { channel: channelName! }) : getString("card.openProfileGeneric")}
      newTabHint={getString("card.opensInNewTab")}
    />
  );
  // Handles, ids and numbers are isolated so an RTL layout does not reorder "@name" or "+1 425 …";
  // a phone number always reads left to right.
  const isolated = (column: ProfileColumn, value: string): React.ReactNode => (
    <bdi dir={column === "phoneNumber" ? "ltr" : "auto"}>{value}</bdi>
  );
  const text = (column: ProfileColumn & keyof SocialProfileData): React.ReactNode => {
    if (masked(column)) return maskedValue;
    const value = profile[column] as string | null;
    return filled(value) ? isolated(column, value) : <NoValue label={noValue} />;
  };

  const nameLock = profileNameBinding?.lock;
  const profileNameField =
    profileNameBinding && nameLock === null && !masked("profileName") ? (
      <profileNameBinding.editor
        value={profile.profileName}
        label={getString("card.profileName")}
        required={profileNameBinding.required}
        getString={getString}
        onCommit={profileNameBinding.onCommit}
      />
    ) : undefined;
  const nameLockReason = nameLock && nameLock !== "notBound" ? getString(OPT_OUT_LOCK_REASON_KEYS[nameLock]) : undefined;

  // Without a locked-field view (the gallery): a badge when opted out; the lock's reason on its icon.
  const optOutEditable = optOutLock === null && !masked("optOut");
  const compactLocked = !LockedOptOut && !optOutEditable;
  const optedOutBadge = compactLocked && !masked("optOut") && profile.optOut === true;
  const compactLockReason =
    compactLocked && !optOutLockExplained && !(optOutLock === "notBound" && profile.optOut == null)
      ? formatMessage(getString("card.optOut.lockReason"), { reason: getString(OPT_OUT_LOCK_REASON_KEYS[optOutLock ?? "columnSecured"]) })
      : undefined;

  return (
    <article
      aria-labelledby={nameId}
      className={mergeClasses(styles.card, compact && styles.compact, inactive && styles.inactive)}
      data-layout={layout}
    >
      <div className={styles.header}>
        <ProfileAvatar
          name={displayName}
          imageLink={masked("profileImageLink") ? null : profile.profileImageLink}
          size={compact ? 32 : 48}
        />
        <div className={styles.identity}>
          <Text id={nameId} weight="semibold" size={compact ? 300 : 400} className={styles.ellipsis} title={displayName}>
            {displayName ?? (masked("fullName") || masked("profileName") ? maskedValue : <NoValue label={noValue} />)}
          </Text>
          <div className={styles.channel} data-channel="">
            {community != null && channelName !== undefined ? (
              <>
                {/* The name is visible next to the icon, so the icon itself is decorative. */}
                <CommunityIcon value={community} label={channelName} decorative />
                <Text
                  size={200}
                  className={styles.ellipsis}
                  title={
                    shownHandle
                      ? formatMessage(getString("card.channelAndHandle"), {
                          channel: channelName,
                          handle: formatMessage(getString("card.labeledValue"), {
                            label: getString(shownHandle.labelKey),
                            value: shownHandle.value,
                          }),
                        })
                      : channelName
                  }
                >
                  {shownHandle ? (
                    // Every separator comes from the .resx: "X · X (Twitter) handle: @a" / "X · Identifiant X (Twitter) : @a".
                    fill(getString("card.channelAndHandle"), {
                      channel: <span data-channel-name="">{channelName}</span>,
                      handle: fill(getString("card.labeledValue"), {
                        label: getString(shownHandle.labelKey),
                        value: isolated(shownHandle.column, shownHandle.value),
                      }),
                    })
                  ) : (
                    <span data-channel-name="">{channelName}</span>
                  )}
                </Text>
              </>
            ) : (
              <Text size={200}>
                {fill(getString("card.labeledValue"), {
                  label: getString("card.channel"),
                  value: masked("community") ? maskedValue : <NoValue label={noValue} />,
                })}
              </Text>
            )}
          </div>
        </div>
      </div>

      {(profile.blocked || inactive || optedOutBadge || compactLockReason) && (
        <div className={styles.badges}>
          {profile.blocked && (
            <Badge appearance="tint" color="danger" icon={<Prohibited16Regular />}>
              {getString("card.blocked")}
            </Badge>
          )}
          {inactive && (
            <Badge appearance="tint" color="subtle" icon={<PresenceOffline16Regular />}>
              {getString("card.inactive")}
            </Badge>
          )}
          {optedOutBadge && (
            // Short on screen; a screen reader hears the field's full name.
            <Badge appearance="tint" color="warning" data-opted-out="">
              <span aria-hidden="true">{getString("card.optOut.optedOut")}</span>
              <VisuallyHidden>{getString("card.optOut")}</VisuallyHidden>
            </Badge>
          )}
          {compactLockReason && (
            <span data-locked={optOutLock ?? "columnSecured"}>
              <LockIndicator reason={compactLockReason} />
            </span>
          )}
        </div>
      )}

      {(counts.length > 0 || !compact) && (
        <dl className={styles.stats}>
          {counts.map((kind) => {
            const { column, labelKey } = COUNT_COLUMNS[kind];
            return (
              <div key={kind} className={styles.stat}>
                <dt className={styles.statLabel}>{getString(labelKey)}</dt>
                <dd className={styles.statValue}>
                  {masked(column) ? (
                    maskedValue
                  ) : (
                    <CountValue value={profile[column]} locale={locale} host={numberFormat} noValueLabel={noValue} />
                  )}
                </dd>
              </div>
            );
          })}
          {!compact && (
            <div className={styles.stat}>
              <dt className={styles.statLabel}>{getString("card.influenceScore")}</dt>
              <dd className={styles.statValue}>{masked("influenceScore") ? maskedValue : (influence ?? <NoValue label={noValue} />)}</dd>
            </div>
          )}
        </dl>
      )}

      {compact && profileNameField}

      {!compact && (
        <dl className={styles.details}>
          {profileNameField ? (
            // The inline field carries its own label: the row spans both columns.
            <dd className={mergeClasses(styles.detailValue, styles.wholeRow)}>{profileNameField}</dd>
          ) : (
            <>
              <dt className={styles.detailLabel}>{getString("card.profileName")}</dt>
              <dd className={styles.detailValue}>
                {text("profileName")}
                {nameLockReason && <LockIndicator reason={nameLockReason} />}
              </dd>
            </>
          )}
          <dt className={styles.detailLabel}>{getString("card.phoneNumber")}</dt>
          <dd className={styles.detailValue}>{text("phoneNumber")}</dd>
          {IDENTIFIER_ROWS.filter((row) => masked(row.column) || filled(profile[row.column]) || community === row.community).map((row) => (
            <React.Fragment key={row.column}>
              <dt className={styles.detailLabel}>{getString(row.labelKey)}</dt>
              <dd className={styles.detailValue}>{text(row.column)}</dd>
            </React.Fragment>
          ))}
          <dt className={styles.detailLabel}>{getString("card.profileLink")}</dt>
          <dd className={styles.detailValue}>
            {masked("profileLink") ? (
              maskedValue
            ) : link ? (
              profileLink(link)
            ) : filled(profile.profileLink) ? (
              // Stored but not an http(s) link: shown as text so the agent sees it, never as a link.
              <span data-unsafe-link="">{profile.profileLink}</span>
            ) : (
              <NoValue label={noValue} />
            )}
          </dd>
        </dl>
      )}

      {compact && link && profileLink(link)}

      {optOutEditable ? (
        <Switch checked={pendingOptOut ?? profile.optOut === true} onChange={onSwitch} label={getString("card.optOut")} />
      ) : !LockedOptOut || (optOutLock === "notBound" && profile.optOut == null) ? null : (
        // Locked: the value in words, a lock and the reason, never a greyed switch that says nothing.
        <LockedOptOut
          label={getString("card.optOut")}
          value={
            masked("optOut") ? (
              maskedValue
            ) : profile.optOut == null ? (
              <NoValue label={noValue} />
            ) : (
              getString(profile.optOut ? "card.optOut.optedOut" : "card.optOut.receives")
            )
          }
          reason={getString(OPT_OUT_LOCK_REASON_KEYS[optOutLock ?? "columnSecured"])}
          lock={optOutLock ?? "columnSecured"}
        />
      )}
    </article>
  );
};
