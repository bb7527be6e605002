import { act, fireEvent, render, screen } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { CARD_PROPERTIES as PROPERTIES } from "../../../simulator/pcfHost/cardProperties";
import { SocialProfileCard } from "../../../controls/SocialProfileCard";
import type { IInputs, IOutputs } from "../../../controls/SocialProfileCard/generated/ManifestTypes";
import { Community } from "../../../plugins-shim/schema";
import { formatMessage } from "../../../plugins-shim/rules";
import { PROFILE_NAME_MAX_LENGTH } from "../../../controls/common/profileNameRule";
import {
  createFieldHost,
  FieldHostOptions,
  loadResxStrings,
  secureProperty,
  serveChoiceLabels,
  unbindProperty,
  withText,
} from "../../../simulator/pcfHost/fieldContext";

// Count the card view's renders without changing it.
jest.mock("../../../controls/common/ProfileCard", () => {
  const actual = jest.requireActual("../../../controls/common/ProfileCard");
  return { ...actual, ProfileCard: jest.fn(actual.ProfileCard) };
});
import { ProfileCard } from "../../../controls/common/ProfileCard";
const profileCardRenders = ProfileCard as unknown as jest.Mock;

const VALUES = {
  profileName: "contoso_fan",
  fullName: "Ada Byron",
  community: Community.Twitter,
  followerCount: 12_345,
  followingCount: 678,
  friendCount: 9,
  influenceScore: 42.5,
  optOut: false,
  phoneNumber: "+1 425 555 0100",
  profileLink: "https://x.com/contoso_fan",
  // The mock takes one LookupValue and hands the control the platform's array.
  twitterHandle: { entityType: "msdyn_octwitterhandle", id: "6f1c1b9e-0000-0000-0000-000000000001", name: "@contoso" },
  blocked: false,
  countsShown: "all",
  layout: "full",
};

function host(values: Record<string, unknown> = {}, options: FieldHostOptions = {}) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mock's property map typing does not model every manifest type
  const generator = createFieldHost<IInputs, IOutputs>(SocialProfileCard, PROPERTIES as any, { answerResources: act, ...options });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  generator.context._SetCanvasItems({ ...VALUES, ...values } as any);
  generator.ExecuteInit();
  return generator;
}

const en = loadResxStrings(1033);

beforeEach(() => profileCardRenders.mockClear());

describe("SocialProfileCard adapter", () => {
  it("renders the bound columns, the lookup's name as the X handle", () => {
    const generator = host();
    render(generator.ExecuteUpdateView());
    expect(screen.getByText("Ada Byron")).toBeInTheDocument();
    expect(screen.getByText(withText(`${en["community.twitter"]} · ${en["card.twitterHandle"]}: @contoso`))).toBeInTheDocument();
    expect(screen.getByRole("link")).toHaveAttribute("href", "https://x.com/contoso_fan");
  });

  it("emits the toggled opt-out through notifyOutputChanged and getOutputs", () => {
    const generator = host({ optOut: false });
    render(generator.ExecuteUpdateView());
    act(() => {
      screen.getByRole("switch", { name: en["card.optOut"] }).click();
    });
    expect(generator.notifyOutputChanged.called).toBe(true);
    // The mock host reads getOutputs on notify and writes the bound column, as the platform does.
    expect(generator.control.getOutputs!.firstCall.returnValue).toEqual({ optOut: true });
    expect(generator.context._parameters.optOut.raw).toBe(true);
  });

  const locked: [string, Record<string, unknown>, FieldHostOptions, (g: ReturnType<typeof host>) => void, string][] = [
    ["the control is disabled (read-only form)", {}, { isControlDisabled: true }, () => undefined, "card.lock.formReadOnly"],
    [
      "the form is locked and the user has no Write privilege on socialprofile",
      {},
      { isControlDisabled: true },
      (g) =>
        g.context.utils.hasEntityPrivilege.callsFake((table: string, privilege: number) => !(table === "socialprofile" && privilege === 3)),
      "card.lock.noPrivilege",
    ],
    [
      "field security denies update",
      {},
      {},
      (g) => secureProperty(g.context._parameters.optOut, { readable: true, editable: false }),
      "card.lock.columnSecured",
    ],
  ];
  it.each(locked)("locks the opt-out with its reason when %s", (_name, values, options, adjust, reasonKey) => {
    const generator = host(values, options);
    adjust(generator);
    render(generator.ExecuteUpdateView());
    expect(screen.queryByRole("switch")).toBeNull();
    expect(screen.getByRole("group", { name: en["card.optOut"] })).toHaveAccessibleDescription(en[reasonKey]);
    expect(generator.notifyOutputChanged.called).toBe(false);
  });

  it("shows no switch for an unbound opt-out, so a change can never go nowhere", () => {
    const generator = host();
    unbindProperty(generator.context._parameters.optOut);
    render(generator.ExecuteUpdateView());
    expect(screen.queryByRole("switch")).toBeNull();
    expect(screen.queryByText(en["card.optOut"])).toBeNull();
    expect(generator.control.getOutputs!()).toEqual({});
  });

  describe("bound profile name", () => {
    const nameBox = () => screen.getByRole("textbox", { name: new RegExp(en["card.profileName"]) });

    it("is typed inline and written back through getOutputs on blur", () => {
      const generator = host({ profileName: null });
      render(generator.ExecuteUpdateView());
      fireEvent.change(nameBox(), { target: { value: "  new_handle " } });
      fireEvent.blur(nameBox());
      expect(generator.notifyOutputChanged.called).toBe(true);
      expect(generator.control.getOutputs!.firstCall.returnValue).toEqual({ profileName: "new_handle" });
      expect(generator.context._parameters.profileName.raw).toBe("new_handle");
    });

    it("shows the required marker when the form requires the column", () => {
      const generator = host();
      (generator.context._parameters.profileName.attributes as { RequiredLevel: number }).RequiredLevel = 2;
      const refresh = generator.context._parameters.profileName._Refresh;
      generator.context._parameters.profileName._Refresh = Object.assign(() => {
        refresh();
        (generator.context._parameters.profileName.attributes as { RequiredLevel: number }).RequiredLevel = 2;
      }, refresh);
      render(generator.ExecuteUpdateView());
      expect(nameBox()).toBeRequired();
      fireEvent.change(nameBox(), { target: { value: " " } });
      fireEvent.blur(nameBox());
      expect(screen.getByText(en["validation.required"])).toBeInTheDocument();
      expect(generator.notifyOutputChanged.called).toBe(false);
    });

    it("keeps a too-long name in the box with the plugins-shim length message, and sends nothing", () => {
      const generator = host();
      render(generator.ExecuteUpdateView());
      const tooLong = "x".repeat(PROFILE_NAME_MAX_LENGTH! + 1);
      fireEvent.change(nameBox(), { target: { value: tooLong } });
      fireEvent.blur(nameBox());
      expect(nameBox()).toHaveValue(tooLong);
      expect(nameBox()).toHaveAttribute("aria-invalid", "true");
      expect(
        screen.getByText(formatMessage(en["validation.maxLength"], { max: PROFILE_NAME_MAX_LENGTH!, actual: tooLong.length })),
      ).toBeInTheDocument();
      expect(generator.notifyOutputChanged.called).toBe(false);
    });

    it.each([
      ["the form is read-only", { isControlDisabled: true }, () => undefined, "card.lock.formReadOnly"],
      [
        "field security denies update",
        {},
        (g: ReturnType<typeof host>) => secureProperty(g.context._parameters.profileName, { readable: true, editable: false }),
        "card.lock.columnSecured",
      ],
    ] as const)("is read-only text with the lock's reason when %s", (_name, options, adjust, reasonKey) => {
      const generator = host({}, options);
      adjust(generator);
      const { container } = render(generator.ExecuteUpdateView());
      expect(screen.queryByRole("textbox")).toBeNull();
      expect(screen.getAllByText("contoso_fan").length).toBeGreaterThan(0);
      expect(container.querySelector("[data-lock-reason]")).toHaveAttribute("data-lock-reason", en[reasonKey]);
    });
  });

  it("shows the channel label the host formats from the column's metadata, and any value's fallback", () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see host()
    const generator = createFieldHost<IInputs, IOutputs>(SocialProfileCard, PROPERTIES as any, { answerResources: act });
    serveChoiceLabels(generator, "community", [{ value: Community.Twitter, label: "Twitter (Contoso)" }]);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    generator.context._SetCanvasItems({ ...VALUES } as any);
    generator.ExecuteInit();
    const { container, unmount } = render(generator.ExecuteUpdateView());
    expect(container.querySelector("[data-channel-name]")).toHaveTextContent("Twitter (Contoso)");
    unmount();
    generator.context._parameters.community._SetValue(42);
    const again = render(generator.ExecuteUpdateView());
    expect(again.container.querySelector("[data-channel-name]")).toHaveTextContent(formatMessage(en["community.unknown"], { value: 42 }));
    expect(warn.mock.calls.filter((call) => String(call[0]).includes("missing option") && !String(call[0]).includes("42"))).toEqual([]);
    warn.mockRestore();
  });

  it("masks a secured column the user may not read, never showing it as empty", () => {
    const generator = host();
    secureProperty(generator.context._parameters.followerCount, { readable: false, editable: false });
    secureProperty(generator.context._parameters.phoneNumber, { readable: false, editable: false });
    const { container } = render(generator.ExecuteUpdateView());
    expect(screen.getAllByText(en["card.masked"])).toHaveLength(2);
    expect(container.textContent).not.toContain("+1 425 555 0100");
    // Only the unbound / empty columns show "—": the two masked ones do not.
    expect(container.querySelectorAll("[data-masked]")).toHaveLength(2);
  });

  it("formats numbers with the user's Dataverse separators, not the UI language's", () => {
    const generator = host({ followerCount: 1_234_567, influenceScore: 1234.5 }, { separators: { group: ".", decimal: "," } });
    const { container } = render(generator.ExecuteUpdateView());
    const text = container.textContent ?? "";
    expect(text).toContain("1,2M");
    expect(text).toContain("1.234,5");
    expect(container.querySelector('[data-exact="1.234.567"]')).not.toBeNull();
  });

  it("does not re-render the card when updateView brings the same inputs", () => {
    const generator = host();
    const first = generator.control.updateView(generator.context);
    const second = generator.control.updateView(generator.context);
    expect(second).toBe(first);

    const { rerender } = render(first);
    const renders = profileCardRenders.mock.calls.length;
    expect(renders).toBeGreaterThan(0);
    rerender(generator.control.updateView(generator.context));
    rerender(generator.control.updateView(generator.context));
    expect(profileCardRenders.mock.calls.length).toBe(renders);
  });

  it("re-renders when an input changes", () => {
    const generator = host();
    const { rerender } = render(generator.control.updateView(generator.context));
    const renders = profileCardRenders.mock.calls.length;
    generator.context._parameters.followerCount._SetValue(99_999);
    generator.RefreshParameters();
    rerender(generator.control.updateView(generator.context));
    expect(profileCardRenders.mock.calls.length).toBeGreaterThan(renders);
    expect(document.body.textContent).toContain(new Intl.NumberFormat("en-US", { notation: "compact" }).format(99_999));
  });

  it("takes the host's theme", () => {
    const generator = host({}, { theme: webDarkTheme });
    render(generator.ExecuteUpdateView());
    // FluentProvider writes the theme's CSS variables through CSSOM (insertRule), not as text.
    const styles = Array.from(document.styleSheets)
      .flatMap((sheet) => Array.from(sheet.cssRules).map((rule) => rule.cssText))
      .join("\n");
    expect(styles).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
  });

  it("falls back to the light theme only when the host gives none", () => {
    const generator = host();
    render(generator.ExecuteUpdateView());
    const styles = Array.from(document.styleSheets)
      .flatMap((sheet) => Array.from(sheet.cssRules).map((rule) => rule.cssText))
      .join("\n");
    expect(styles).toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`);
    expect(styles).not.toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
  });

  it("follows the user's language: Arabic is right-to-left with Arabic strings and numbers", () => {
    const generator = host({}, { lcid: 1025 });
    const { container } = render(generator.ExecuteUpdateView());
    expect(container.querySelector('[dir="rtl"]')).not.toBeNull();
    expect(screen.getByRole("switch", { name: loadResxStrings(1025)["card.optOut"] })).toBeInTheDocument();
    // Arabic magnitude word, with the host format's Latin digits (the same digits as the exact tooltip).
    expect(container.textContent).toContain(
      new Intl.NumberFormat("ar-SA", { notation: "compact", numberingSystem: "latn" }).format(12_345),
    );
  });

  it("shows the compact layout and only the chosen counts", () => {
    const generator = host({ layout: "compact", countsShown: "followers" });
    const { container } = render(generator.ExecuteUpdateView());
    expect(container.querySelector('[data-layout="compact"]')).not.toBeNull();
    expect(screen.getByText(en["card.followers"])).toBeInTheDocument();
    expect(screen.queryByText(en["card.following"])).toBeNull();
  });
});
