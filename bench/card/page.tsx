/**
 * Runs in Chromium (bundled by bench/card/run.ts with React's production build): mounts the card
 * through its real index.ts class, as the host does, and times it inside the page.
 */
import * as ReactDOM from "react-dom";
import { SocialProfileCard } from "../../controls/SocialProfileCard";
import type { IInputs } from "../../controls/SocialProfileCard/generated/ManifestTypes";

export interface CardTimings {
  /** init + updateView + first ReactDOM.render of a new control, per card. */
  mountMs: number[];
  /** updateView with one changed input (follower count) and the re-render. */
  changedUpdateMs: number[];
  /** updateView with the same inputs (the adapter returns the same element). */
  unchangedUpdateMs: number[];
}

declare global {
  interface Window {
    cardStrings: Record<string, string>;
    runCardBench: (iterations: number) => CardTimings;
  }
}

const value = <T,>(raw: T, formatted?: string) => ({ raw, formatted: formatted ?? (raw == null ? "" : String(raw)) });

function contextFor(followers: number): ComponentFramework.Context<IInputs> {
  return {
    parameters: {
      profileName: value("contoso_fan"),
      fullName: value("Ada Byron"),
      community: value(2, "Twitter"),
      followerCount: value(followers),
      followingCount: value(678),
      friendCount: value(9),
      influenceScore: value(42.5),
      optOut: value(false),
      phoneNumber: value("+1 425 555 0100"),
      profileImageLink: value(null),
      profileLink: value("https://x.com/contoso_fan"),
      twitterHandle: value([{ entityType: "msdyn_octwitterhandle", id: "6f1c1b9e-0000-0000-0000-000000000001", name: "@contoso" }]),
      weChatOpenId: value(null),
      appleMessagesSourceId: value(null),
      blocked: value(false),
      status: value(0),
      countsShown: value("all"),
      layout: value("full"),
    },
    mode: { isControlDisabled: false },
    userSettings: { languageId: 1033, isRTL: false },
    resources: { getString: (key: string) => window.cardStrings[key] ?? key },
  } as unknown as ComponentFramework.Context<IInputs>;
}

window.runCardBench = (iterations) => {
  const timings: CardTimings = { mountMs: [], changedUpdateMs: [], unchangedUpdateMs: [] };
  const host = document.getElementById("root")!;
  for (let i = 0; i < iterations; i += 1) {
    const container = document.createElement("div");
    host.appendChild(container);
    const context = contextFor(12_345 + i);
    let start = performance.now();
    const control = new SocialProfileCard();
    control.init(context, () => undefined);
    ReactDOM.render(control.updateView(context), container);
    timings.mountMs.push(performance.now() - start);

    start = performance.now();
    ReactDOM.render(control.updateView(context), container);
    timings.unchangedUpdateMs.push(performance.now() - start);

    const changed = contextFor(99_999 + i);
    start = performance.now();
    ReactDOM.render(control.updateView(changed), container);
    timings.changedUpdateMs.push(performance.now() - start);

    ReactDOM.unmountComponentAtNode(container);
    control.destroy();
    container.remove();
  }
  return timings;
};
