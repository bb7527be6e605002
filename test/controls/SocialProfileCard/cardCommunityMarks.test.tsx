/**
 * The card's adapter hands the page's brand marks to the view: loaded once through
 * `context.resources.getResource`, shared by every card on the page.
 */
import { act, render } from "@testing-library/react";
import { CARD_PROPERTIES as PROPERTIES } from "../../../simulator/pcfHost/cardProperties";
import { SocialProfileCard } from "../../../controls/SocialProfileCard";
import type { IInputs, IOutputs } from "../../../controls/SocialProfileCard/generated/ManifestTypes";
import { COMMUNITY_MARKS_RESOURCE } from "../../../controls/common/communityMarks";
import { Community } from "../../../plugins-shim/schema";
import { createFieldHost, FieldHostOptions } from "../../../simulator/pcfHost/fieldContext";
import { simpleIcon } from "../../support/simpleIcons";

function card(community: number, options: FieldHostOptions) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mock's property map typing does not model every manifest type
  const generator = createFieldHost<IInputs, IOutputs>(SocialProfileCard, PROPERTIES as any, { answerResources: act, ...options });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  generator.context._SetCanvasItems({ profileName: "someone", community } as any);
  generator.ExecuteInit();
  return generator;
}

const settle = () =>
  act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

describe("SocialProfileCard brand marks", () => {
  // One module scope per test file, as one bundle per page: the first card's request is the page's.
  it("asks the host once for all cards on the page and draws each card's mark from the resource", async () => {
    const requests: string[] = [];
    const options: FieldHostOptions = { onResourceRequest: (id) => requests.push(id) };
    const facebook = card(Community.Facebook, options);
    const whatsapp = card(Community.WhatsApp, options);
    const first = render(facebook.ExecuteUpdateView());
    const second = render(whatsapp.ExecuteUpdateView());
    expect(first.container.querySelector("[data-channel] [data-glyph]")).toHaveAttribute("data-glyph", "pending");

    await settle();
    expect(first.container.querySelector("[data-channel] svg path")).toHaveAttribute("d", simpleIcon("facebook").path);
    expect(second.container.querySelector("[data-channel] svg path")).toHaveAttribute("d", simpleIcon("whatsapp").path);
    expect(requests).toEqual([COMMUNITY_MARKS_RESOURCE]);
  });
});
