/** @jest-environment node */
import { formatMessage } from "../../../plugins-shim/rules";
import { siFacebook, siGoogle, siGroupme, siImessage, siKik, siLine, siTelegram, siWechat, siWhatsapp, siX } from "simple-icons";
import { COMMUNITY_CHOICES, Community } from "../../../plugins-shim/schema";
import { communityLabel, COMMUNITY_CATALOG, getCommunity } from "../../../controls/common/communityCatalog";
import { loadResxStrings, stringsLookup } from "../../../simulator/pcfHost/fieldContext";

describe("community catalog", () => {
  it("has one entry per schema choice, with the schema's label key", () => {
    expect(COMMUNITY_CATALOG.map((entry) => [entry.value, entry.labelKey])).toEqual(
      COMMUNITY_CHOICES.map((choice) => [choice.value, choice.labelKey]),
    );
  });

  it.each([
    ["Facebook", Community.Facebook, siFacebook],
    ["Twitter (X mark)", Community.Twitter, siX],
    ["LINE", Community.Line, siLine],
    ["WeChat", Community.WeChat, siWechat],
    ["WhatsApp", Community.WhatsApp, siWhatsapp],
    ["Telegram", Community.Telegram, siTelegram],
    ["Kik", Community.Kik, siKik],
    ["GroupMe", Community.GroupMe, siGroupme],
    ["Apple Messages (iMessage mark)", Community.AppleMessages, siImessage],
    ["Google Business Messages (Google mark)", Community.GoogleBusinessMessages, siGoogle],
  ])("%s names its simple-icons brand mark by slug (the path ships in img/communityMarks.svg)", (_name, value, icon) => {
    expect(getCommunity(value)!.glyph).toEqual({ kind: "brand", mark: icon.slug });
  });

  it("carries no path data (the bundles stay free of SVG paths)", () => {
    for (const entry of COMMUNITY_CATALOG) expect(JSON.stringify(entry)).not.toMatch(/"path"|[Mm]\d+(\.\d+)?[ ,]\d/);
  });

  it.each([
    [Community.Email, "mail"],
    [Community.DirectLine, "bot"],
    [Community.DirectLineSpeech, "bot"],
    [Community.Teams, "chat"],
    [Community.Skype, "chat"],
    [Community.Slack, "chat"],
    [Community.Cortana, "chat"],
    [Community.Other, "chat"],
  ])("community %i without a kept brand mark uses the neutral %s icon", (value, icon) => {
    expect(getCommunity(value)!.glyph).toEqual({ kind: "neutral", icon });
  });

  it("knows nothing about values outside the schema or null", () => {
    expect(getCommunity(999)).toBeUndefined();
    expect(getCommunity(null)).toBeUndefined();
  });

  it.each([1033, 1036, 1031, 1041, 1025] as const)("every label key exists in the %i strings", (lcid) => {
    const strings = loadResxStrings(lcid);
    for (const entry of COMMUNITY_CATALOG) expect(strings[entry.labelKey]).toEqual(expect.any(String));
  });

  describe("communityLabel", () => {
    const getString = stringsLookup(1036);
    it("localizes a known value the host gives no label for", () => {
      expect(communityLabel(Community.Email, getString, null)).toBe(loadResxStrings(1036)["community.email"]);
      expect(communityLabel(Community.Email, getString, "")).toBe(loadResxStrings(1036)["community.email"]);
    });
    it("prefers the host's formatted label (the environment's own, in the user's language)", () => {
      expect(communityLabel(Community.Email, getString, "Courriel")).toBe("Courriel");
    });
    it("ignores a host label that only echoes the number", () => {
      expect(communityLabel(42, getString, "42")).toBe(formatMessage(loadResxStrings(1036)["community.unknown"], { value: 42 }));
      // pcf-start formats a choice as a grouped number (harness.js formatIntegerValue); other formats group otherwise.
      for (const echo of ["100,000,000", "100 000 000", "100\u202f000\u202f000", "100.000.000", "100'000'000"]) {
        expect(communityLabel(100000000, getString, echo)).toBe(
          formatMessage(loadResxStrings(1036)["community.unknown"], { value: 100000000 }),
        );
      }
      expect(communityLabel(100000000, getString, "Canal 2")).toBe("Canal 2");
    });
    it("uses the host's formatted label for a value the schema does not know", () => {
      expect(communityLabel(100000001, getString, "Mastodon")).toBe("Mastodon");
    });
    it("falls back to the localized unknown label with the value", () => {
      const label = communityLabel(42, getString, "  ");
      expect(label).toContain("42");
      expect(label).not.toContain("{value}");
    });
  });
});
