import * as React from "react";
import { countsFor, layoutFor } from "../../controls/common/countOptions";
import { ProfileCard } from "../../controls/common/ProfileCard";
import { ThemeRoot } from "../../controls/common/ThemeRoot";
import type { SocialProfileData } from "../../controls/common/profileData";

/**
 * The reference the benchmark compares against: every loaded profile rendered as a card in a
 * plain CSS grid, rebuilt on every updateView (no virtualization, no memo). Same card view.
 */
export const NaiveGallery: React.FC<{ profiles: SocialProfileData[]; getString: (key: string) => string; height: number }> = ({
  profiles,
  getString,
  height,
}) => (
  <ThemeRoot theme={undefined} dir="ltr">
    <div data-naive-scroller="" style={{ height, overflowY: "auto" }}>
      <div style={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(260px, 1fr))", gap: 12 }}>
        {profiles.map((profile, index) => (
          <ProfileCard
            key={index}
            profile={profile}
            getString={getString}
            locale="en-US"
            counts={countsFor(null)}
            layout={layoutFor("compact")}
            optOutLock="notEnabled"
            onOptOutChange={() => undefined}
          />
        ))}
      </div>
    </div>
  </ThemeRoot>
);
