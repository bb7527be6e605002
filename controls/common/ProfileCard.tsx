import * as React from "react";
import { Badge, makeStyles, mergeClasses, Switch, SwitchOnChangeData, Text, tokens, useId } from "@fluentui/react-components";
import { Prohibited16Regular, PresenceOffline16Regular } from "./icons";
import { channelHandle } from "./channelHandle";
import { CommunityIcon } from "./CommunityIcon";
import { communityLabel, getCommunity } from "./communityCatalog";
import { CountValue } from "./CountValue";
import type { CardLayout, CountKind } from "./countOptions";
import { formatDecimal } from "./formatCount";
import { LockedField } from "./LockedField";
import { NoValue } from "./NoValue";
import { OPT_OUT_LOCK_REASON_KEYS, OptOutLock } from "./optOutLock";
import { ProfileAvatar } from "./ProfileAvatar";
import { ProfileLink } from "./ProfileLink";
import { isInactive, SocialProfileData } from "./profileData";
import { Community, formatMessage, safeHttpUrl } from "./schemaImports";

export interface ProfileCardProps {
  profile: SocialProfileData;
  /** Localized string by .resx key (the host passes its resources lookup). */
  getString: (key: string) => string;
  /** BCP 47 locale for numbers. */
  locale: string;
  counts: readonly CountKind[];
  layout: CardLayout;
  /** Why the opt-out cannot be changed, or null when the agent may switch it (see OptOutLock). */
  optOutLock: OptOutLock | null;
  onOptOutChange: (optedOut: boolean) => void;
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
  channel: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2, minWidth: 0 },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  stats: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS, margin: 0 },
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
});

const COUNT_COLUMNS: Readonly<Record<CountKind, { column: "followerCount" | "followingCount" | "friendCount"; labelKey: string }>> = {
  followers: { column: "followerCount", labelKey: "card.followers" },
  following: { column: "followingCount", labelKey: "card.following" },
  friends: { column: "friendCount", labelKey: "card.friends" },
};

/** Channel identifiers listed in the full layout when filled, or when they are the channel's own identifier. */
const IDENTIFIER_ROWS: readonly { column: "twitterHandle" | "weChatOpenId" | "appleMessagesSourceId"; labelKey: string; community: number }[] = [
  { column: "twitterHandle", labelKey: "card.twitterHandle", community: Community.Twitter },
  { column: "weChatOpenId", labelKey: "card.weChatOpenId", community: Community.WeChat },
  { column: "appleMessagesSourceId", labelKey: "card.appleMessagesSourceId", community: Community.AppleMessages },
];

const filled = (value: string | null): value is string => value != null && value.trim() !== "";

/**
 * One social profile as a card. Pure: everything arrives in props, changes leave through
 * `onOptOutChange`; the same view serves the field control and the gallery.
 */
export const ProfileCard: React.FC<ProfileCardProps> = ({ profile, getString, locale, counts, layout, optOutLock, onOptOutChange }) => {
  const styles = useStyles();
  const nameId = useId("social-profile-name-");
  const noValue = getString("card.noValue");
  const compact = layout === "compact";
  const inactive = isInactive(profile);

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

  const displayName = filled(profile.fullName) ? profile.fullName : filled(profile.profileName) ? profile.profileName : undefined;
  const channelName = profile.community == null ? undefined : communityLabel(profile.community, getString, profile.communityFormatted);
  const handle = channelHandle(profile);
  // "Open on Other" says nothing: name the channel only when it is a real, known one.
  const namedChannel = channelName !== undefined && profile.community !== Community.Other && getCommunity(profile.community) !== undefined;
  const link = safeHttpUrl(profile.profileLink);
  const influence = formatDecimal(profile.influenceScore, locale);
  const profileLink = (href: string): React.ReactNode => (
    <ProfileLink
      href={href}
      text={
        namedChannel
          ? formatMessage(getString("card.openProfile"), { channel: channelName! })
          : getString("card.openProfileGeneric")
      }
      newTabHint={getString("card.opensInNewTab")}
    />
  );
  // Handles, ids and numbers are isolated so an RTL layout does not reorder "@name" or "+1 425 …".
  const text = (value: string | null, dir: "auto" | "ltr" = "auto"): React.ReactNode =>
    filled(value) ? <bdi dir={dir}>{value}</bdi> : <NoValue label={noValue} />;

  return (
    <article
      aria-labelledby={nameId}
      className={mergeClasses(styles.card, compact && styles.compact, inactive && styles.inactive)}
      data-layout={layout}
    >
      <div className={styles.header}>
        <ProfileAvatar name={displayName} imageLink={profile.profileImageLink} size={compact ? 32 : 48} />
        <div className={styles.identity}>
          <Text id={nameId} weight="semibold" size={compact ? 300 : 400} className={styles.ellipsis}>
            {displayName ?? <NoValue label={noValue} />}
          </Text>
          <div className={styles.channel}>
            {profile.community != null && channelName !== undefined ? (
              <>
                <CommunityIcon value={profile.community} label={channelName} />
                <Text size={200} className={styles.ellipsis}>
                  {handle ? (
                    <>
                      {getString(handle.labelKey)}: <bdi dir={handle.column === "phoneNumber" ? "ltr" : "auto"}>{handle.value}</bdi>
                    </>
                  ) : (
                    channelName
                  )}
                </Text>
              </>
            ) : (
              <Text size={200}>
                {getString("card.channel")}: <NoValue label={noValue} />
              </Text>
            )}
          </div>
        </div>
      </div>

      {(profile.blocked || inactive) && (
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
        </div>
      )}

      {(counts.length > 0 || !compact) && (
        <dl className={styles.stats}>
          {counts.map((kind) => (
            <div key={kind} className={styles.stat}>
              <dd className={styles.statValue}>
                <CountValue value={profile[COUNT_COLUMNS[kind].column]} locale={locale} noValueLabel={noValue} />
              </dd>
              <dt className={styles.statLabel}>{getString(COUNT_COLUMNS[kind].labelKey)}</dt>
            </div>
          ))}
          {!compact && (
            <div className={styles.stat}>
              <dd className={styles.statValue}>{influence ?? <NoValue label={noValue} />}</dd>
              <dt className={styles.statLabel}>{getString("card.influenceScore")}</dt>
            </div>
          )}
        </dl>
      )}

      {!compact && (
        <dl className={styles.details}>
          <dt className={styles.detailLabel}>{getString("card.profileName")}</dt>
          <dd className={styles.detailValue}>{text(profile.profileName)}</dd>
          <dt className={styles.detailLabel}>{getString("card.phoneNumber")}</dt>
          <dd className={styles.detailValue}>{text(profile.phoneNumber, "ltr")}</dd>
          {IDENTIFIER_ROWS.filter((row) => filled(profile[row.column]) || profile.community === row.community).map((row) => (
            <React.Fragment key={row.column}>
              <dt className={styles.detailLabel}>{getString(row.labelKey)}</dt>
              <dd className={styles.detailValue}>{text(profile[row.column])}</dd>
            </React.Fragment>
          ))}
          <dt className={styles.detailLabel}>{getString("card.profileLink")}</dt>
          <dd className={styles.detailValue}>
            {link ? (
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

      {optOutLock === null ? (
        <Switch checked={pendingOptOut ?? profile.optOut === true} onChange={onSwitch} label={getString("card.optOut")} />
      ) : optOutLock === "notBound" && profile.optOut == null ? null : (
        // Locked: the value in words, a lock and the reason, never a greyed switch that says nothing.
        <LockedField
          label={getString("card.optOut")}
          value={
            profile.optOut == null ? (
              <NoValue label={noValue} />
            ) : (
              getString(profile.optOut ? "card.optOut.optedOut" : "card.optOut.receives")
            )
          }
          reason={getString(OPT_OUT_LOCK_REASON_KEYS[optOutLock])}
          lock={optOutLock}
        />
      )}
    </article>
  );
};
