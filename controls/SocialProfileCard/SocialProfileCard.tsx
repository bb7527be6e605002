import * as React from "react";
import type { Theme } from "@fluentui/react-components";
import type { CardLayout, CountKind } from "../common/countOptions";
import type { TextDirection } from "../common/locale";
import type { OptOutLock } from "../common/optOutLock";
import { LockedField } from "../common/LockedField";
import { ProfileCard } from "../common/ProfileCard";
import { ProfileNameField } from "../common/ProfileNameField";
import type { HostNumberFormat } from "../common/formatCount";
import type { ProfileColumn, SocialProfileData } from "../common/profileData";
import { ThemeRoot } from "../common/ThemeRoot";
import { sameValues } from "../common/sameValues";
import { OnDemandOwnershipSection } from "../common/ownership/OnDemandOwnershipSection";
import type { CardOwnership } from "./ownershipBinding";

/** Everything the field control's view needs, as plain values (index.ts builds them from the context). */
export interface SocialProfileCardProps {
  profile: SocialProfileData;
  getString: (key: string) => string;
  locale: string;
  dir: TextDirection;
  theme: Theme | undefined;
  counts: readonly CountKind[];
  layout: CardLayout;
  optOutLock: OptOutLock | null;
  onOptOutChange: (optedOut: boolean) => void;
  numberFormat: HostNumberFormat;
  unreadable: readonly ProfileColumn[];
  profileNameLock: OptOutLock | null;
  profileNameRequired: boolean;
  onProfileNameCommit: (value: string | null) => void;
  /** Ownership section under the card, loaded on demand (docs/ownership.md); absent on a new record or without the Web API. */
  ownership?: CardOwnership | null;
}

/** The field control's view: the shared card in the host's theme and direction. Memoized: equal props never re-render. */
export const SocialProfileCardView = React.memo(function SocialProfileCardView({
  theme,
  dir,
  profileNameLock,
  profileNameRequired,
  onProfileNameCommit,
  ownership,
  ...card
}: SocialProfileCardProps) {
  const profileNameBinding = React.useMemo(
    () => ({ lock: profileNameLock, required: profileNameRequired, onCommit: onProfileNameCommit, editor: ProfileNameField }),
    [profileNameLock, profileNameRequired, onProfileNameCommit],
  );
  return (
    <ThemeRoot theme={theme} dir={dir}>
      <ProfileCard {...card} profileNameBinding={profileNameBinding} lockedOptOutField={LockedField} />
      {/* Keyed by record: another record's section never runs, not even for one render, with the new id. */}
      {ownership && (
        <OnDemandOwnershipSection
          key={ownership.recordId}
          loader={ownership.loader}
          onRetry={ownership.retry}
          recordId={ownership.recordId}
          getString={card.getString}
          locale={card.locale}
        />
      )}
    </ThemeRoot>
  );
}, sameCardProps);

/** Props are equal when every profile column, unreadable column and other prop is the same value. */
export function sameCardProps(a: SocialProfileCardProps, b: SocialProfileCardProps): boolean {
  return (Object.keys(a) as (keyof SocialProfileCardProps)[]).every((key) =>
    key === "profile"
      ? sameValues(a.profile, b.profile)
      : key === "unreadable"
        ? sameValues(a.unreadable, b.unreadable)
        : Object.is(a[key], b[key]),
  );
}
