import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { webDarkTheme, webLightTheme, Theme } from "@fluentui/react-components";
import { COMMUNITY_CHOICES, Community } from "../../../plugins-shim/schema";
import { formatMessage } from "../../../plugins-shim/rules";
import { LockedField } from "../../../controls/common/LockedField";
import { ProfileCard, ProfileCardProps } from "../../../controls/common/ProfileCard";
import { ThemeRoot } from "../../../controls/common/ThemeRoot";
import type { SocialProfileData } from "../../../controls/common/profileData";
import type { OptOutLock } from "../../../controls/common/optOutLock";
import { localeFromLcid, directionOf } from "../../../controls/common/locale";
import { withCommunityMarks } from "../../../controls/common/communityMarksContext";
import { loadedCommunityMarks } from "../../../simulator/pcfHost/controlResources";
import { Lcid, loadResxStrings, stringsLookup, withText } from "../../../simulator/pcfHost/fieldContext";

const EMPTY: SocialProfileData = {
  profileName: null,
  fullName: null,
  community: null,
  communityFormatted: null,
  followerCount: null,
  followingCount: null,
  friendCount: null,
  influenceScore: null,
  optOut: null,
  phoneNumber: null,
  profileImageLink: null,
  profileLink: null,
  twitterHandle: null,
  weChatOpenId: null,
  appleMessagesSourceId: null,
  blocked: null,
  state: null,
};

const FULL: SocialProfileData = {
  ...EMPTY,
  profileName: "contoso_fan",
  fullName: "Ada Byron",
  community: Community.Facebook,
  followerCount: 12_345,
  followingCount: 678,
  friendCount: 1_234_567,
  influenceScore: 42.5,
  optOut: false,
  phoneNumber: "+1 425 555 0100",
  profileLink: "https://www.facebook.com/contoso_fan",
  state: 0,
};

function renderCard(profile: Partial<SocialProfileData>, options: { lcid?: Lcid; theme?: Theme; props?: Partial<ProfileCardProps> } = {}) {
  const lcid = options.lcid ?? 1033;
  const props: ProfileCardProps = {
    profile: { ...FULL, ...profile },
    getString: stringsLookup(lcid),
    locale: localeFromLcid(lcid),
    counts: ["followers", "following", "friends"],
    layout: "full",
    optOutLock: null,
    onOptOutChange: jest.fn(),
    // The field control's presentation of a locked opt-out (SocialProfileCard hands it in).
    lockedOptOutField: LockedField,
    ...options.props,
  };
  const result = render(
    withCommunityMarks(
      loadedCommunityMarks(),
      <ThemeRoot theme={options.theme} dir={directionOf(lcid, false)}>
        <ProfileCard {...props} />
      </ThemeRoot>,
    ),
  );
  return { ...result, props };
}

const en = loadResxStrings(1033);

const channelName = (container: HTMLElement): string | null | undefined => container.querySelector("[data-channel-name]")?.textContent;

describe("ProfileCard: community", () => {
  it.each(COMMUNITY_CHOICES.map((choice) => [choice.label, choice.value, choice.labelKey] as const))(
    "%s shows its icon and its localized name as visible text",
    (_label, value, labelKey) => {
      const { container } = renderCard({ community: value });
      expect(channelName(container)).toBe(en[labelKey]);
      expect(container.querySelector("[data-channel-name]")).toBeVisible();
      const icon = container.querySelector("[data-channel] [data-glyph]")!;
      expect(icon.getAttribute("data-glyph")).not.toBe("unknown");
      expect(icon.querySelector("svg")).not.toBeNull();
      // The visible name is read once: the icon next to it is hidden from screen readers.
      expect(icon).toHaveAttribute("aria-hidden", "true");
    },
  );

  it("tells Direct Line, Cortana and Other apart in text, not only by icon", () => {
    const names = [Community.DirectLine, Community.Cortana, Community.Other].map((community) => {
      const { container, unmount } = renderCard({ community });
      const name = channelName(container);
      unmount();
      return name;
    });
    expect(new Set(names).size).toBe(3);
  });

  it("prefers the host's formatted label, also for a known value", () => {
    const { container } = renderCard({ community: Community.Facebook, communityFormatted: "Facebook (Contoso)" });
    expect(channelName(container)).toBe("Facebook (Contoso)");
  });

  it("renders a value the schema does not know with the generic icon and the host's label", () => {
    const { container } = renderCard({ community: 100000001, communityFormatted: "Mastodon" });
    expect(channelName(container)).toBe("Mastodon");
    expect(container.querySelector("[data-channel] [data-glyph]")).toHaveAttribute("data-glyph", "unknown");
  });

  it.each([null, "", "42"])('names a value neither knows "Unknown channel (42)" (host label %j)', (communityFormatted) => {
    const { container } = renderCard({ community: 42, communityFormatted });
    expect(channelName(container)).toBe(formatMessage(en["community.unknown"], { value: 42 }));
  });
});

describe("ProfileCard: counts", () => {
  it.each([1033, 1036, 1031, 1041, 1025] as const)("formats counts in the user's locale (%i), exact figure as description", (lcid) => {
    const locale = localeFromLcid(lcid);
    const { container } = renderCard({}, { lcid });
    const compact = new Intl.NumberFormat(locale, { notation: "compact" });
    const exact = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    expect(container.textContent).toContain(compact.format(1_234_567));
    expect(container.textContent).toContain(compact.format(678));
    // Compact forms carry no-break spaces ("1,2 M"): compare raw text, not testing-library's normalized text.
    const friends = Array.from(container.querySelectorAll<HTMLElement>("[aria-describedby]")).find(
      (element) => element.textContent === compact.format(1_234_567),
    )!;
    expect(friends).toBeDefined();
    // The exact number is the trigger's accessible description (Fluent renders the tooltip hidden until hover/focus).
    const describedBy = friends.getAttribute("aria-describedby");
    expect(describedBy).toBeTruthy();
    expect(document.getElementById(describedBy!)!.textContent).toBe(exact.format(1_234_567));
    expect(friends).toHaveAttribute("tabindex", "0");
  });

  it("shows negative counts instead of crashing", () => {
    const { container } = renderCard({ followerCount: -4_200 });
    expect(container.textContent).toContain(new Intl.NumberFormat("en-US", { notation: "compact" }).format(-4_200));
  });

  it("shows only the counts the maker chose", () => {
    renderCard({}, { props: { counts: ["followers"] } });
    expect(screen.getByText(en["card.followers"])).toBeInTheDocument();
    expect(screen.queryByText(en["card.friends"])).toBeNull();
  });
});

describe("ProfileCard: empty columns", () => {
  it('renders null columns as "—", never 0 or "null"', () => {
    const { container } = renderCard({ ...EMPTY });
    const text = container.textContent ?? "";
    expect(text).not.toMatch(/null|undefined|NaN/);
    expect(text).not.toMatch(/\b0\b/);
    expect(container.querySelectorAll("[data-no-value]").length).toBeGreaterThanOrEqual(8);
    expect(text).toContain("—");
    expect(screen.getAllByText(en["card.noValue"]).length).toBeGreaterThan(0);
  });
});

describe("ProfileCard: links and images", () => {
  const UNSAFE = [
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
  ];

  it.each(UNSAFE)("never renders %j as a link or an image source", (unsafe) => {
    const { container } = renderCard({ profileLink: unsafe, profileImageLink: unsafe });
    expect(screen.queryAllByRole("link")).toHaveLength(0);
    for (const element of Array.from(container.querySelectorAll("[href], [src]"))) {
      // Judge the attribute the way a browser would: parse it as a URL.
      const value = element.getAttribute("href") ?? element.getAttribute("src") ?? "";
      expect(new URL(value, "https://host.invalid/").protocol).toMatch(/^https?:$/);
    }
    expect(container.querySelector("img")).toBeNull();
  });

  it("opens a safe profile link in a new tab without an opener", () => {
    renderCard({});
    const link = screen.getByRole("link");
    expect(link).toHaveAttribute("href", "https://www.facebook.com/contoso_fan");
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
    expect(link).toHaveTextContent(en["card.opensInNewTab"]);
  });

  it.each([
    [Community.Twitter, formatMessage(en["card.openProfile"], { channel: en["community.twitter"] })],
    [Community.Other, en["card.openProfileGeneric"]],
    [99, en["card.openProfileGeneric"]],
  ])("names the channel in the link only when it is a known one (community %p)", (community, text) => {
    renderCard({ community });
    expect(screen.getByRole("link")).toHaveTextContent(text);
  });

  it("shows the picture, then initials when it fails to load", () => {
    const { container } = renderCard({ profileImageLink: "https://cdn.example.com/ada.png" });
    const img = container.querySelector("img")!;
    expect(img).toHaveAttribute("src", "https://cdn.example.com/ada.png");
    fireEvent.error(img);
    expect(container.querySelector("img")).toBeNull();
    expect(container.textContent).toContain("AB");
  });

  it("shows initials when there is no picture", () => {
    const { container } = renderCard({ profileImageLink: null });
    expect(container.querySelector("img")).toBeNull();
    expect(container.textContent).toContain("AB");
  });
});

describe("ProfileCard: channel handle and states", () => {
  it.each([
    [Community.WeChat, { weChatOpenId: "oWx-123" }, "card.weChatOpenId", "oWx-123"],
    [Community.WhatsApp, { phoneNumber: "+33 6 12 34 56 78" }, "card.phoneNumber", "+33 6 12 34 56 78"],
    [Community.Twitter, { twitterHandle: "@contoso" }, "card.twitterHandle", "@contoso"],
    [Community.AppleMessages, { appleMessagesSourceId: "urn:mbid:abc" }, "card.appleMessagesSourceId", "urn:mbid:abc"],
    [Community.Telegram, {}, "card.profileName", "contoso_fan"],
  ] as const)("community %i shows its name and its own handle", (community, columns, labelKey, value) => {
    renderCard({ community, ...columns });
    const channel = en[COMMUNITY_CHOICES.find((choice) => choice.value === community)!.labelKey];
    expect(screen.getByText(withText(`${channel} · ${en[labelKey]}: ${value}`))).toBeInTheDocument();
  });

  it.each([1033, 1036, 1031, 1041, 1025] as const)("lcid %i: every separator of the channel line comes from the .resx", (lcid) => {
    const strings = loadResxStrings(lcid);
    const { container } = renderCard({ community: Community.Twitter, twitterHandle: "@contoso" }, { lcid });
    const handle = formatMessage(strings["card.labeledValue"], { label: strings["card.twitterHandle"], value: "@contoso" });
    const line = formatMessage(strings["card.channelAndHandle"], { channel: strings["community.twitter"], handle });
    expect(container.querySelector("[data-channel-name]")!.parentElement!.textContent).toBe(line);
    expect(container.querySelector("[data-channel-name]")!.parentElement).toHaveAttribute("title", line);
  });

  it("French puts a no-break space before the colon: « Identifiant X (Twitter) : »", () => {
    const { container } = renderCard({ community: Community.Twitter, twitterHandle: "@contoso" }, { lcid: 1036 });
    expect(container.querySelector("[data-channel-name]")!.parentElement!.textContent).toContain("Identifiant X (Twitter)\u00a0: @contoso");
    const unknown = renderCard({ community: null }, { lcid: 1036 });
    expect(unknown.container.textContent).toContain(`${loadResxStrings(1036)["card.channel"]}\u00a0: `);
  });

  it("does not repeat the profile name under the title when there is no full name", () => {
    const { container } = renderCard({ fullName: null, community: Community.Telegram });
    const occurrences = (container.textContent ?? "").split("contoso_fan").length - 1;
    // The title and the details row; the channel line shows the channel name instead.
    expect(occurrences).toBe(2);
    expect(channelName(container)).toBe(en["community.telegram"]);
  });

  it("keeps handles and phone numbers in their own direction inside a right-to-left card", () => {
    renderCard({ community: Community.WhatsApp, phoneNumber: "+971 4 123 4567", profileName: "@amina" });
    const phones = screen.getAllByText("+971 4 123 4567");
    expect(phones.length).toBeGreaterThan(0);
    for (const phone of phones) expect(phone).toHaveAttribute("dir", "ltr");
    expect(screen.getByText("@amina").tagName).toBe("BDI");
  });

  it("shows blocked and inactive badges", () => {
    renderCard({ blocked: true, state: 1 });
    expect(screen.getByText(en["card.blocked"])).toBeInTheDocument();
    expect(screen.getByText(en["card.inactive"])).toBeInTheDocument();
  });

  it("shows no badge on an active, unblocked profile", () => {
    renderCard({ blocked: false, state: 0 });
    expect(screen.queryByText(en["card.blocked"])).toBeNull();
    expect(screen.queryByText(en["card.inactive"])).toBeNull();
  });
});

describe("ProfileCard: opt-out", () => {
  it("reports the new value when toggled", () => {
    const { props } = renderCard({ optOut: false });
    fireEvent.click(screen.getByRole("switch", { name: en["card.optOut"] }));
    expect(props.onOptOutChange).toHaveBeenCalledWith(true);
    expect(screen.getByRole("switch")).toBeChecked();
  });

  const LOCKS: OptOutLock[] = ["notBound", "formReadOnly", "recordInactive", "columnSecured", "noPrivilege", "notEnabled"];

  it.each(LOCKS)("locked (%s): shows the value, a lock and the announced reason instead of a switch", (lock) => {
    renderCard({ optOut: true }, { props: { optOutLock: lock } });
    expect(screen.queryByRole("switch")).toBeNull();
    const group = screen.getByRole("group", { name: en["card.optOut"] });
    expect(group).toHaveAccessibleDescription(en[`card.lock.${lock}`]);
    expect(within(group).getByText(en[`card.lock.${lock}`])).toBeVisible();
    expect(within(group).getByText(en["card.optOut.optedOut"])).toBeInTheDocument();
    expect(group.querySelector("svg")).not.toBeNull();
  });

  it("locked: says the customer receives messages when not opted out", () => {
    renderCard({ optOut: false }, { props: { optOutLock: "formReadOnly" } });
    expect(screen.getByText(en["card.optOut.receives"])).toBeInTheDocument();
  });

  it("not bound and no value: renders no opt-out at all", () => {
    renderCard({ optOut: null }, { props: { optOutLock: "notBound" } });
    expect(screen.queryByRole("switch")).toBeNull();
    expect(screen.queryByText(en["card.optOut"])).toBeNull();
  });

  it.each([
    ["fr", 1036],
    ["ar", 1025],
  ] as const)("locked reasons are localized (%s)", (_name, lcid) => {
    renderCard({ optOut: true }, { lcid, props: { optOutLock: "recordInactive" } });
    const strings = loadResxStrings(lcid);
    expect(screen.getByRole("group", { name: strings["card.optOut"] })).toHaveAccessibleDescription(strings["card.lock.recordInactive"]);
  });
});

describe("ProfileCard: the gallery's compact opt-out (no locked-field view handed in)", () => {
  it('shows a locked opt-out as one badge when opted out: no label, no "Receives messages", the reason said elsewhere', () => {
    const { container } = renderCard(
      { optOut: true },
      { props: { optOutLock: "notEnabled", lockedOptOutField: undefined, optOutLockExplained: true } },
    );
    const badge = container.querySelector("[data-opted-out]")!;
    expect(badge).toHaveTextContent(en["card.optOut.optedOut"]);
    // Screen readers hear the field's full name.
    expect(within(badge as HTMLElement).getByText(en["card.optOut"])).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: en["card.optOut"] })).toBeNull();
    expect(screen.queryByText(en["card.lock.notEnabled"])).toBeNull();
    expect(container.querySelector("[data-locked]")).toBeNull();
  });

  it("shows nothing for a locked opt-out that is not set", () => {
    const { container } = renderCard(
      { optOut: false },
      { props: { optOutLock: "notEnabled", lockedOptOutField: undefined, optOutLockExplained: true } },
    );
    expect(container).not.toHaveTextContent(en["card.optOut"]);
    expect(container).not.toHaveTextContent(en["card.optOut.receives"]);
    expect(container.querySelector("[data-opted-out]")).toBeNull();
  });

  it("puts a lock of its own on the lock icon, reason in the tooltip and for screen readers", () => {
    const { container } = renderCard(
      { optOut: false, state: 1 },
      { props: { optOutLock: "recordInactive", lockedOptOutField: undefined } },
    );
    const lock = container.querySelector("[data-locked='recordInactive']")!;
    const reason = en["card.optOut.lockReason"].replace("{reason}", en["card.lock.recordInactive"]);
    expect(lock.querySelector("[data-lock-reason]")).toHaveAttribute("data-lock-reason", reason);
    expect(lock).toHaveTextContent(reason);
    expect(container).not.toHaveTextContent(en["card.optOut.receives"]);
  });

  it("keeps the switch when the opt-out can be changed", () => {
    renderCard({ optOut: false }, { props: { optOutLock: null, lockedOptOutField: undefined, optOutLockExplained: true } });
    expect(screen.getByRole("switch", { name: en["card.optOut"] })).not.toBeChecked();
  });
});

describe("ProfileCard: direction and accessibility", () => {
  it("lays out right-to-left in Arabic", () => {
    const { container } = renderCard({}, { lcid: 1025 });
    expect(container.querySelector('[dir="rtl"]')).not.toBeNull();
    expect(within(container).getByRole("switch", { name: loadResxStrings(1025)["card.optOut"] })).toBeInTheDocument();
  });

  it.each([
    ["light, full", webLightTheme, "full"],
    ["dark, full", webDarkTheme, "full"],
    ["dark, compact", webDarkTheme, "compact"],
  ] as const)("has no axe violation (%s)", async (_name, theme, layout) => {
    const { container } = renderCard(
      { blocked: true, state: 1, profileImageLink: "https://cdn.example.com/a.png" },
      { theme, props: { layout } },
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it("has no axe violation with every column empty, in Arabic", async () => {
    const { container } = renderCard({ ...EMPTY }, { lcid: 1025 });
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("ProfileCard: reading order, ids, truncation, masking", () => {
  it('puts each stat\'s term before its value (screen readers read "Followers, 12K")', () => {
    const { container } = renderCard({});
    for (const stat of Array.from(container.querySelectorAll("dl > div"))) {
      expect(stat.firstElementChild!.tagName).toBe("DT");
      expect(stat.lastElementChild!.tagName).toBe("DD");
    }
  });

  it("gives two cards on one page distinct DOM ids", () => {
    const { container } = render(
      <ThemeRoot theme={undefined} dir="ltr">
        <ProfileCard
          profile={FULL}
          getString={stringsLookup(1033)}
          locale="en-US"
          counts={["followers"]}
          layout="full"
          optOutLock={null}
          onOptOutChange={jest.fn()}
        />
        <ProfileCard
          profile={FULL}
          getString={stringsLookup(1033)}
          locale="en-US"
          counts={["followers"]}
          layout="full"
          optOutLock={null}
          onOptOutChange={jest.fn()}
        />
      </ThemeRoot>,
    );
    const ids = Array.from(container.querySelectorAll("[id]")).map((element) => element.id);
    expect(ids.length).toBeGreaterThan(2);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("offers the whole title and channel line as a tooltip when they are cut off", () => {
    const long = "A very long display name that will not fit on a narrow form column at all";
    const { container } = renderCard({ fullName: long, community: Community.Facebook });
    expect(screen.getByText(long)).toHaveAttribute("title", long);
    expect(container.querySelector("[data-channel-name]")!.parentElement).toHaveAttribute(
      "title",
      expect.stringContaining(en["community.facebook"]),
    );
  });

  it('masks unreadable columns with the permission text, never "—"', () => {
    const { container } = renderCard(
      {},
      { props: { unreadable: ["phoneNumber", "followerCount", "optOut"], optOutLock: "columnSecured" } },
    );
    expect(container.querySelectorAll("[data-masked]")).toHaveLength(3);
    expect(screen.getAllByText(en["card.masked"])).toHaveLength(3);
    expect(container.textContent).not.toContain("+1 425 555 0100");
    expect(screen.queryByRole("switch")).toBeNull();
  });

  it("masks a full name field security hides: the title never becomes the handle", () => {
    const { container } = renderCard({ community: Community.Telegram }, { props: { unreadable: ["fullName"] } });
    const title = screen.getByRole("article").querySelector("[id^=social-profile-name-]")!;
    expect(title.querySelector("[data-masked]")).not.toBeNull();
    expect(title.textContent).toContain(en["card.masked"]);
    expect(title.textContent).not.toContain("contoso_fan");
    expect(container.textContent).not.toContain("Ada Byron");
    // The handle keeps its own place, labelled, in the channel line.
    expect(channelName(container)).toBe(en["community.telegram"]);
    expect(container.querySelector("[data-channel-name]")!.parentElement!.textContent).toContain(`${en["card.profileName"]}: contoso_fan`);
  });

  it("uses the host's number format when it has one", () => {
    const { container } = renderCard(
      { followerCount: 1_234_567, influenceScore: 42.5 },
      { props: { numberFormat: { groupSeparator: "'", decimalSeparator: ",", formatInteger: (value) => `#${value}` } } },
    );
    expect(container.textContent).toContain("1,2M");
    expect(container.textContent).toContain("42,5");
    expect(container.querySelector('[data-exact="#1234567"]')).not.toBeNull();
  });
});
