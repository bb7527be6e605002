import * as React from "react";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { LoadedOwnership, OnDemandOwnershipSection } from "../../../../controls/common/ownership/OnDemandOwnershipSection";
import {
  loadOwnershipLibrary,
  OWNERSHIP_LIBRARY_DEPENDENCY,
  OWNERSHIP_LIBRARY_GLOBAL,
} from "../../../../controls/common/ownership/ownershipLibrary";
import { ThemeRoot } from "../../../../controls/common/ThemeRoot";
import { ownershipLibrary } from "../../../../controls/SocialProfileOwnership/library/ownershipLibrary";
import { loadStrings } from "../../../../plugins-shim/strings/resx";
import { provideOwnershipLibrary, unloadOwnershipLibrary } from "../../../../simulator/pcfHost/ownershipLibraryHost";
import { IDS, ownershipClientFor, ownershipOrganization } from "../../../../simulator/organization/ownershipOrganization";

/*
 * The card's ownership section comes from a library loaded on demand (docs/ownership.md, "How the
 * section loads"): pending → a spinner under the section's heading; loaded → the real section;
 * no loadDependency, nothing returned, a throw, a rejection or no global → "not available here".
 */

const stringsOf = (lcid: number) => {
  const strings = loadStrings(lcid);
  return (key: string) => strings[key] ?? key;
};
const english = loadStrings(1033);

function renderOnDemand(loader: Promise<LoadedOwnership | undefined>, lcid = 1033) {
  return render(
    <ThemeRoot theme={undefined} dir={lcid === 1025 ? "rtl" : "ltr"}>
      <OnDemandOwnershipSection loader={loader} recordId={IDS.orphan} getString={stringsOf(lcid)} locale="en-US" />
    </ThemeRoot>,
  );
}

const realSection = (): LoadedOwnership => ({
  Section: ownershipLibrary.OwnershipSection,
  service: ownershipClientFor(ownershipOrganization(), IDS.ada),
});

afterEach(unloadOwnershipLibrary);

describe("OnDemandOwnershipSection", () => {
  it("shows the section's heading and a spinner while the library loads, then the real section", async () => {
    let resolve!: (loaded: LoadedOwnership) => void;
    const { container } = renderOnDemand(new Promise((done) => (resolve = done)));
    const region = screen.getByRole("region", { name: english["ownership.region.label"] });
    expect(region).toHaveAttribute("aria-busy", "true");
    expect(within(region).getByText(english["ownership.loading"])).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
    await act(async () => resolve(realSection()));
    expect(await screen.findByText("No active owner")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Take over" })).toBeInTheDocument();
  });

  it.each([
    ["resolves to nothing (library unavailable)", () => Promise.resolve(undefined)],
    ["rejects", () => Promise.reject(new Error("load failed"))],
  ])("says ownership isn't available when the loader %s", async (_, loader) => {
    const { container } = renderOnDemand(loader());
    const region = screen.getByRole("region", { name: english["ownership.region.label"] });
    expect(await within(region).findByText(english["ownership.unavailable"])).toBeInTheDocument();
    expect(region).toHaveAttribute("aria-busy", "false");
    expect(await axe(container)).toHaveNoViolations();
  });

  it("'Try again' keeps the focus in the section while it loads, then in the loaded section (never on <body>)", async () => {
    let resolve!: (loaded: LoadedOwnership) => void;
    const onRetry = jest.fn(() => new Promise<LoadedOwnership | undefined>((done) => (resolve = done)));
    render(
      <ThemeRoot theme={undefined} dir="ltr">
        <OnDemandOwnershipSection
          loader={Promise.resolve(undefined)}
          onRetry={onRetry}
          recordId={IDS.orphan}
          getString={stringsOf(1033)}
          locale="en-US"
        />
      </ThemeRoot>,
    );
    const region = screen.getByRole("region", { name: english["ownership.region.label"] });
    await userEvent.click(await within(region).findByRole("button", { name: english["ownership.retry"] }));
    expect(within(region).getByText(english["ownership.loading"])).toBeInTheDocument();
    expect(region).toHaveFocus();
    await act(async () => resolve(realSection()));
    expect(await screen.findByText("No active owner")).toBeInTheDocument();
    expect(document.activeElement).not.toBe(document.body);
    expect(screen.getByRole("region", { name: english["ownership.region.label"] })).toHaveFocus();
  });

  it("says it in the user's language (Arabic, right to left)", async () => {
    renderOnDemand(Promise.resolve(undefined), 1025);
    const arabic = loadStrings(1025);
    expect(await screen.findByText(arabic["ownership.unavailable"])).toBeInTheDocument();
    expect(arabic["ownership.unavailable"]).not.toBe(english["ownership.unavailable"]);
  });
});

describe("loadOwnershipLibrary", () => {
  it("loads the library by its dependency name and returns the global its script set", async () => {
    const utils = {};
    const asked = provideOwnershipLibrary(utils);
    await expect(loadOwnershipLibrary(utils)).resolves.toBe(ownershipLibrary);
    expect(asked).toEqual([OWNERSHIP_LIBRARY_DEPENDENCY]);
  });

  it("reuses a library already on the page without asking the host again", async () => {
    (globalThis as Record<string, unknown>)[OWNERSHIP_LIBRARY_GLOBAL] = ownershipLibrary;
    const loadDependency = jest.fn();
    await expect(loadOwnershipLibrary({ loadDependency })).resolves.toBe(ownershipLibrary);
    expect(loadDependency).not.toHaveBeenCalled();
  });

  it.each([
    ["no utils at all", undefined],
    ["no loadDependency (older hosts, canvas apps)", {}],
    ["loadDependency returns nothing (pcf-start: the harness has no loader behind an on-demand name)", { loadDependency: () => undefined }],
    [
      "loadDependency throws",
      {
        loadDependency: () => {
          throw new Error("not supported");
        },
      },
    ],
    ["loadDependency rejects with nothing (pcf-start, a name it does not know as on demand)", { loadDependency: () => Promise.reject() }],
    ["the script loaded but set no global", { loadDependency: () => Promise.resolve() }],
  ])("resolves to undefined, never rejects, when %s", async (_, utils) => {
    await expect(loadOwnershipLibrary(utils)).resolves.toBeUndefined();
  });

  it("refuses a global that is not the library's shape", async () => {
    (globalThis as Record<string, unknown>)[OWNERSHIP_LIBRARY_GLOBAL] = { OwnershipSection: "not a component" };
    await expect(loadOwnershipLibrary({ loadDependency: () => Promise.resolve() })).resolves.toBeUndefined();
  });
});
