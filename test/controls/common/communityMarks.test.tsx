import * as React from "react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { act, render, screen } from "@testing-library/react";
import { axe } from "jest-axe";
import fc from "fast-check";
import { simpleIcon } from "../../support/simpleIcons";
import { Community } from "../../../plugins-shim/schema";
import { Bot20Regular } from "@fluentui/react-icons/headless/svg/bot";
import { Chat20Regular } from "@fluentui/react-icons/headless/svg/chat";
import { Mail20Regular } from "@fluentui/react-icons/headless/svg/mail";
import { QuestionCircle20Regular } from "@fluentui/react-icons/headless/svg/question-circle";
import { BRAND_MARKS, COMMUNITY_CATALOG, NEUTRAL_PICTURES, NeutralPictureId } from "../../../controls/common/communityCatalog";
import { CommunityIcon } from "../../../controls/common/CommunityIcon";
import {
  COMMUNITY_MARKS_RESOURCE,
  CommunityMarks,
  createCommunityMarksCache,
  MAX_MARKS_REQUESTS,
  parseCommunityMarks,
  requestCommunityMarks,
} from "../../../controls/common/communityMarks";
import { withCommunityMarks } from "../../../controls/common/communityMarksContext";
import { fileGetResource, loadedCommunityMarks } from "../../../simulator/pcfHost/controlResources";
import { IMG_RESOURCES, ResourceMode, toBase64 } from "../../../simulator/pcfHost/resourceFake";

const SPRITE = readFileSync(path.resolve(__dirname, "../../../controls/common/img/communityMarks.svg"), "utf8");
/** What Fluent itself draws for each neutral picture, read from the component rendered in the DOM. */
const FLUENT_ICONS: Record<NeutralPictureId, React.FC<React.SVGAttributes<SVGElement>>> = {
  mail: Mail20Regular,
  bot: Bot20Regular,
  chat: Chat20Regular,
  unknown: QuestionCircle20Regular,
};
function fluentDrawing(id: NeutralPictureId): { path: string; viewBox: string } {
  const { container, unmount } = render(React.createElement(FLUENT_ICONS[id]));
  const drawing = {
    path: container.querySelector("path")!.getAttribute("d")!,
    viewBox: container.querySelector("svg")!.getAttribute("viewBox")!,
  };
  unmount();
  return drawing;
}

/** Lets the fake's promise-delivered answer arrive (pcf-start answers through a promise too). */
const settle = () =>
  act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

/** A host that answers only when the test says so (the marks stay loading until then). */
function deferredHost() {
  let deliver: () => void = () => undefined;
  const getResource = fileGetResource("documented");
  return {
    host: {
      getResource: (id: string, success: (data: string) => void, failure: () => void) =>
        (deliver = () => getResource(id, success, failure)),
    },
    deliver: () => deliver(),
  };
}

function icons(marks: CommunityMarks, values: number[]) {
  return render(
    withCommunityMarks(
      marks,
      <div>
        {values.map((value, index) => (
          <CommunityIcon key={index} value={value} label={`channel ${value}`} />
        ))}
      </div>,
    ),
  );
}

const hostWith = (mode: ResourceMode, calls: string[] = []) => ({ getResource: fileGetResource(mode, (id) => calls.push(id)) });

describe("the brand marks resource", () => {
  it("is listed as an img resource by the card's and the gallery's manifests, the path the fakes answer for", () => {
    for (const control of ["SocialProfileCard", "SocialProfileGallery"]) {
      const manifest = readFileSync(path.resolve(__dirname, `../../../controls/${control}/ControlManifest.Input.xml`), "utf8");
      const listed = [...manifest.matchAll(/<img path="([^"]+)"/g)].map((match) => match[1]);
      expect(listed).toEqual(IMG_RESOURCES);
      expect(listed[0].endsWith(COMMUNITY_MARKS_RESOURCE)).toBe(true);
    }
  });

  it("holds simple-icons' own path for every brand mark of the catalog, with the brand colour (black marks follow the text)", () => {
    const marks = parseCommunityMarks(toBase64(SPRITE))!;
    expect([...marks.keys()]).toEqual([...BRAND_MARKS, ...NEUTRAL_PICTURES]);
    for (const slug of BRAND_MARKS) {
      const icon = simpleIcon(slug);
      expect(marks.get(slug)).toMatchObject({ path: icon.path, viewBox: "0 0 24 24" });
    }
    expect(marks.get("facebook")!.color).toBe(`#${simpleIcon("facebook").hex}`);
    expect(marks.get("x")!.color).toBeUndefined();
  });

  it.each([...NEUTRAL_PICTURES])("holds Fluent's own drawing for the neutral picture %s, in the text colour", (id) => {
    const marks = parseCommunityMarks(toBase64(SPRITE))!;
    expect(marks.get(id)).toEqual({ ...fluentDrawing(id), color: undefined });
  });

  it("skips a symbol whose view box is not four numbers", () => {
    const sprite = SPRITE.replace('<symbol id="facebook" viewBox="0 0 24 24">', '<symbol id="facebook" viewBox="0 0 24 url(x)">');
    const marks = parseCommunityMarks(toBase64(sprite))!;
    expect(marks.has("facebook")).toBe(false);
    expect(marks.has("x")).toBe(true);
  });

  it("decodes the base64 as UTF-8 (a non-ASCII title does not garble the marks)", () => {
    const sprite = SPRITE.replace("<title>Facebook</title>", "<title>Facebook — フェイスブック</title>");
    expect(parseCommunityMarks(toBase64(sprite))!.get("facebook")!.path).toBe(simpleIcon("facebook").path);
  });

  it.each([
    ["no content (pcf-start's answer)", undefined],
    ["an empty string", ""],
    ["text that is not base64", "<svg>not encoded</svg>"],
    ["base64 of bytes that are not UTF-8", btoa("\xff\xfe\xfd")],
    ["base64 of text that is not XML", toBase64("hello, world")],
    ["base64 of HTML", toBase64("<html><body><symbol id='x'><path d='M0 0'/></symbol></body></html>")],
    ["base64 of an SVG without symbols", toBase64('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h24"/></svg>')],
    [
      "base64 of a symbol whose path holds markup or script",
      toBase64('<svg xmlns="http://www.w3.org/2000/svg"><symbol id="x"><path d="javascript:alert(1)"/></symbol></svg>'),
    ],
  ])("rejects %s without throwing", (_name, content) => {
    expect(parseCommunityMarks(content)).toBeUndefined();
  });

  it("never throws on arbitrary content, base64 or not", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map(toBase64), fc.constant(undefined), fc.integer()), (content) => {
        const marks = parseCommunityMarks(content);
        return marks === undefined || marks instanceof Map;
      }),
    );
  });
});

describe("loading the marks once per page", () => {
  it("asks the host once for any number of icons and control instances, then draws every mark", async () => {
    const calls: string[] = [];
    const marksFor = createCommunityMarksCache();
    const host = hostWith("documented", calls);
    const brandValues = COMMUNITY_CATALOG.filter((entry) => entry.glyph.kind === "brand").map((entry) => entry.value);
    const { container } = icons(marksFor(host), [...brandValues, ...brandValues]);
    icons(marksFor(host), brandValues);
    expect(calls).toEqual([COMMUNITY_MARKS_RESOURCE]);

    await settle();
    const drawn = container.querySelectorAll('[data-glyph="brand"]');
    expect(drawn).toHaveLength(brandValues.length * 2);
    for (const [index, value] of brandValues.entries()) {
      const entry = COMMUNITY_CATALOG.find((candidate) => candidate.value === value)!;
      const slug = entry.glyph.kind === "brand" ? entry.glyph.mark : "";
      expect(drawn[index].getAttribute("data-mark")).toBe(slug);
      expect(drawn[index].querySelector("path")!.getAttribute("d")).toBe(simpleIcon(slug).path);
    }
    expect(calls).toHaveLength(1);
  });

  it("holds each icon's place, with its name, while the pictures load", async () => {
    const { host, deliver } = deferredHost();
    const { container } = icons(requestCommunityMarks(host), [Community.Facebook, Community.Email]);
    const facebook = () => screen.getByRole("img", { name: `channel ${Community.Facebook}` });
    const email = () => screen.getByRole("img", { name: `channel ${Community.Email}` });
    expect(facebook()).toHaveAttribute("data-glyph", "pending");
    expect(email()).toHaveAttribute("data-glyph", "pending");
    const placeholderBox = email().className;
    expect(await axe(container)).toHaveNoViolations();

    deliver();
    await settle();
    expect(facebook()).toHaveAttribute("data-glyph", "brand");
    expect(email()).toHaveAttribute("data-glyph", "mail");
    // The placeholder is the icon's box (same class as the drawn icon's root): nothing moves when the picture arrives.
    expect(email().className).toBe(placeholderBox);
  });

  it("draws every community's picture from the sprite: its brand mark, its Fluent icon, the question mark for an unknown value", () => {
    const values = [...COMMUNITY_CATALOG.map((entry) => entry.value), 42];
    const { container } = icons(loadedCommunityMarks(), values);
    const drawn = [...container.querySelectorAll("[data-glyph]")];
    expect(drawn).toHaveLength(values.length);
    drawn.forEach((icon, index) => {
      const glyph = COMMUNITY_CATALOG[index]?.glyph;
      const svg = icon.querySelector("svg")!;
      if (glyph?.kind === "brand") {
        expect(icon).toHaveAttribute("data-mark", glyph.mark);
        expect(svg).toHaveAttribute("viewBox", "0 0 24 24");
        expect(svg.querySelector("path")).toHaveAttribute("d", simpleIcon(glyph.mark).path);
      } else {
        const id = glyph?.icon ?? "unknown";
        const { path, viewBox } = fluentDrawing(id);
        expect(icon).toHaveAttribute("data-glyph", id);
        expect(svg).toHaveAttribute("viewBox", viewBox);
        expect(svg.querySelector("path")).toHaveAttribute("d", path);
      }
    });
  });

  it("colours a brand mark with its brand colour, and leaves black marks to the text colour", async () => {
    const { container } = icons(requestCommunityMarks(hostWith("documented")), [Community.WhatsApp, Community.Twitter]);
    await settle();
    const [whatsapp, x] = [...container.querySelectorAll('[data-glyph="brand"]')] as HTMLElement[];
    expect(whatsapp.style.getPropertyValue("--social-channel-brand")).toBe(`#${simpleIcon("whatsapp").hex}`);
    expect(x.style.getPropertyValue("--social-channel-brand")).toBe("");
    expect(await axe(container)).toHaveNoViolations();
  });

  it.each([
    ["the host refuses the resource", hostWith("failure")],
    ["the host answers without content (pcf-start 1.51.1)", hostWith("pcf-start")],
    ["the host answers garbage", { getResource: (_id: string, success: (data: string) => void) => success("%%% not base64 %%%") }],
    [
      "getResource throws",
      {
        getResource: () => {
          throw new Error("not supported");
        },
      },
    ],
    ["the host has no getResource", {}],
    ["the host gives no resources", undefined],
  ])("shows the bundled chat icon for every channel, named as before, when %s", async (_name, host) => {
    const values = [Community.Facebook, Community.Email, Community.DirectLine, 42];
    const { container } = icons(requestCommunityMarks(host as never), values);
    await settle();
    for (const value of values) {
      const icon = screen.getByRole("img", { name: `channel ${value}` });
      expect(icon).toHaveAttribute("data-glyph", "chat");
      expect(icon.querySelector("path")).toHaveAttribute("d", fluentDrawing("chat").path);
    }
    expect(await axe(container)).toHaveNoViolations();
  });

  it("shows the bundled chat icon for a picture the sprite lacks (a sprite from an older release)", () => {
    const withoutMail = SPRITE.replace(/ *<symbol id="mail".*\n/, "");
    const marks = requestCommunityMarks({ getResource: (_id, success) => success(toBase64(withoutMail)) });
    icons(marks, [Community.Email, Community.Facebook]);
    expect(screen.getByRole("img", { name: `channel ${Community.Email}` })).toHaveAttribute("data-glyph", "chat");
    expect(screen.getByRole("img", { name: `channel ${Community.Facebook}` })).toHaveAttribute("data-glyph", "brand");
  });

  it("asks again at the next control instance after an answer without pictures, at most three times a page", async () => {
    const calls: string[] = [];
    const marksFor = createCommunityMarksCache();
    const failing = hostWith("failure", calls);
    const first = marksFor(failing);
    expect(marksFor(failing)).toBe(first); // still loading: shared, not asked again
    await settle();
    expect(first.get().status).toBe("unavailable");
    for (let attempt = 2; attempt <= MAX_MARKS_REQUESTS; attempt += 1) {
      marksFor(failing);
      await settle();
    }
    expect(calls).toHaveLength(MAX_MARKS_REQUESTS);
    marksFor(failing);
    marksFor(hostWith("documented", calls));
    expect(calls).toHaveLength(MAX_MARKS_REQUESTS);

    const recovering = createCommunityMarksCache();
    recovering(hostWith("pcf-start"));
    await settle();
    const { container } = icons(recovering(hostWith("documented")), [Community.Twitter]);
    await settle();
    expect(container.querySelector('[data-glyph="brand"]')).not.toBeNull();
    const ready = recovering(hostWith("failure", calls));
    expect(ready.get().status).toBe("ready"); // drawn pictures are kept: no request after success
    expect(calls).toHaveLength(MAX_MARKS_REQUESTS);
  });

  it("keeps the first answer: a second callback from the host changes nothing", async () => {
    let answer: ((data: string) => void) | undefined;
    let fail: (() => void) | undefined;
    const marks = requestCommunityMarks({
      getResource: (_id, success, failure) => {
        answer = success;
        fail = failure;
      },
    });
    answer!(toBase64(SPRITE));
    fail!();
    expect(marks.get().status).toBe("ready");
  });

  it("renders a decorative brand icon hidden from screen readers in every state", async () => {
    const { host, deliver } = deferredHost();
    const { container } = render(
      withCommunityMarks(requestCommunityMarks(host), <CommunityIcon value={Community.Line} label="LINE" decorative />),
    );
    expect(container.firstElementChild).toHaveAttribute("data-glyph", "pending");
    expect(container.firstElementChild).toHaveAttribute("aria-hidden", "true");
    deliver();
    await settle();
    expect(container.firstElementChild).toHaveAttribute("data-glyph", "brand");
    expect(container.firstElementChild).toHaveAttribute("aria-hidden", "true");
  });
});
