import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { OwnershipSection } from "../../../../controls/common/ownership";
import { ThemeRoot } from "../../../../controls/common/ThemeRoot";
import type { DataverseError } from "../../../../plugins-shim/client/DataverseClient";
import { ErrorCodes } from "../../../../plugins-shim/client/errorCodes";
import type { InMemoryAccessOrganization } from "../../../../simulator/organization/accessOrganization";
import type { OwnershipClient } from "../../../../plugins-shim/client/ownershipClient";
import { SHARE_LEVELS } from "../../../../plugins-shim/ownership/accessRights";
import { loadStrings } from "../../../../plugins-shim/strings/resx";
import {
  IDS,
  ownershipClientFor,
  ownershipOrganization,
  shareBensProfileWithAda,
} from "../../../../simulator/organization/ownershipOrganization";

const english = loadStrings(1033);
const stringsOf = (lcid: number) => {
  const strings = loadStrings(lcid);
  return (key: string) => strings[key] ?? key;
};

function renderSection(client: OwnershipClient, recordId: string, options: { lcid?: number; onDeleted?: () => void } = {}) {
  const lcid = options.lcid ?? 1033;
  return render(
    <ThemeRoot theme={undefined} dir={lcid === 1025 ? "rtl" : "ltr"}>
      <OwnershipSection service={client} recordId={recordId} getString={stringsOf(lcid)} locale="en-US" onDeleted={options.onDeleted} />
    </ThemeRoot>,
  );
}

const badge = async (text: string) => expect(await screen.findByText(text, { selector: "[data-relation]" })).toBeInTheDocument();

describe("OwnershipSection", () => {
  it("renders at once and reads ownership after the first render", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const client = ownershipClientFor(ownershipOrganization(), IDS.ada);
    const read = client.read.bind(client);
    client.read = (id, refresh) => gate.then(() => read(id, refresh));
    renderSection(client, IDS.mine);
    expect(screen.getByRole("region", { name: english["ownership.region.label"] })).toBeInTheDocument();
    expect(screen.getByText(english["ownership.loading"])).toBeInTheDocument();
    release();
    await badge(english["ownership.relation.ownedByYou"]);
  });

  it.each([
    ["mine", IDS.mine, "Owned by you", "Ada Supervisor"],
    ["team", IDS.team, "Owned by your team Support Team", "Support Team"],
    ["shared", IDS.shared, "Shared with you", "Ben Agent"],
    ["orphan", IDS.orphan, "No active owner", "Cleo Former"],
    ["others", IDS.others, "Owned by someone else", "Ben Agent"],
  ])("shows the %s state with the owner's name, without accessibility violations", async (_, recordId, relation, owner) => {
    const org = ownershipOrganization();
    await shareBensProfileWithAda(org);
    const { container } = renderSection(ownershipClientFor(org, IDS.ada), recordId);
    await badge(relation);
    expect(screen.getByText(`Owner: ${owner}`)).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("without the access-message endpoint: read-only sharing with the sentence, supported actions still offered", async () => {
    renderSection(ownershipClientFor(ownershipOrganization(), IDS.ada, false), IDS.orphan);
    await badge("No active owner");
    expect(screen.getByText(english["ownership.readOnly"])).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: english["ownership.action.share"] })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: english["ownership.action.takeOver"] })).toBeInTheDocument();
  });

  it("takes over a profile with no active owner after a confirmation that says it proves nothing about the social account", async () => {
    const org = ownershipOrganization();
    renderSection(ownershipClientFor(org, IDS.ada), IDS.orphan);
    await userEvent.click(await screen.findByRole("button", { name: "Take over" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText(/proves nothing about the account on the social network/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("button", { name: "Take over" }));
    await badge("Owned by you");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect((await org.security(IDS.orphan)).owner.id).toBe(IDS.ada);
  });

  it("cancelling a confirmation changes nothing", async () => {
    const org = ownershipOrganization();
    renderSection(ownershipClientFor(org, IDS.ada), IDS.orphan);
    await userEvent.click(await screen.findByRole("button", { name: "Take over" }));
    await userEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Cancel" }));
    await badge("No active owner");
    expect((await org.security(IDS.orphan)).owner.id).toBe(IDS.cleo);
  });

  it("assigns to another user chosen from active users and teams", async () => {
    const org = ownershipOrganization();
    renderSection(ownershipClientFor(org, IDS.ada), IDS.mine);
    await userEvent.click(await screen.findByRole("button", { name: "Assign…" }));
    const dialog = await screen.findByRole("dialog");
    const select = await within(dialog).findByRole("combobox", { name: "New owner" });
    expect(within(select).queryByText("Cleo Former")).not.toBeInTheDocument();
    await userEvent.selectOptions(select, "Ben Agent");
    await userEvent.click(within(dialog).getByRole("button", { name: "Assign" }));
    await badge("Owned by someone else");
    expect((await org.security(IDS.mine)).owner.id).toBe(IDS.ben);
  });

  it("shares with a chosen access, changes it and stops sharing", async () => {
    const org = ownershipOrganization();
    renderSection(ownershipClientFor(org, IDS.ada), IDS.mine);
    await userEvent.click(await screen.findByRole("button", { name: "Share…" }));
    const dialog = await screen.findByRole("dialog");
    await userEvent.selectOptions(await within(dialog).findByRole("combobox", { name: /Share with/ }), "Sales");
    await userEvent.click(within(dialog).getByRole("radio", { name: "Read and write" }));
    await userEvent.click(within(dialog).getByRole("button", { name: "Share" }));
    const access = await screen.findByRole("combobox", { name: "Access for Sales" });
    expect(access).toHaveValue("write");
    await userEvent.selectOptions(access, "read");
    await waitFor(async () =>
      expect((await org.security(IDS.mine)).shares).toEqual([{ principal: { kind: "team", id: IDS.sales }, mask: 1 }]),
    );
    await userEvent.click(screen.getByRole("button", { name: "Stop sharing with Sales" }));
    expect(await screen.findByText("Not shared with anyone.")).toBeInTheDocument();
    // The row went away with the button that held the focus: keyboard users stay in the section.
    expect(document.activeElement).toBe(screen.getByRole("region", { name: /Ownership/ }));
  });

  it("deletes after saying how many social activities go with the profile", async () => {
    const org = ownershipOrganization();
    const onDeleted = jest.fn();
    renderSection(ownershipClientFor(org, IDS.ada), IDS.mine, { onDeleted });
    await userEvent.click(await screen.findByRole("button", { name: "Delete…" }));
    const dialog = await screen.findByRole("dialog");
    expect(await within(dialog).findByText(/the 2 social activities posted from it will be deleted/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("button", { name: "Delete" }));
    expect(await screen.findByText("The profile was deleted.")).toBeInTheDocument();
    expect(onDeleted).toHaveBeenCalledTimes(1);
    expect((await org.data.retrieveMultipleRecords("socialactivity")).entities).toHaveLength(1);
  });

  it("offers Delete only where the host can leave the deleted record (onDeleted)", async () => {
    renderSection(ownershipClientFor(ownershipOrganization(), IDS.ada), IDS.mine);
    await badge("Owned by you");
    expect(screen.getByRole("button", { name: "Assign…" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Delete…" })).not.toBeInTheDocument();
  });

  it("opened on a deleted profile, says it was deleted, once, with no error code", async () => {
    const org = ownershipOrganization();
    await org.data.deleteRecord("socialprofile", IDS.mine);
    const { container } = renderSection(ownershipClientFor(org, IDS.ada), IDS.mine, { onDeleted: jest.fn() });
    expect(await screen.findByText(english["ownership.deleted"])).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(container.textContent).not.toContain("0x80040217");
    expect(container.textContent).not.toContain(english["ownership.loadFailed"]);
  });

  it("Assign lists users and owner teams, never an access team; Share lists every team", async () => {
    renderSection(ownershipClientFor(ownershipOrganization(), IDS.ada), IDS.mine);
    await userEvent.click(await screen.findByRole("button", { name: "Assign…" }));
    let dialog = await screen.findByRole("dialog");
    const owners = await within(dialog).findByRole("combobox", { name: "New owner" });
    expect(within(owners).getByText("Sales")).toBeInTheDocument();
    expect(within(owners).queryByText("Launch Access Team")).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await userEvent.click(screen.getByRole("button", { name: "Share…" }));
    dialog = await screen.findByRole("dialog");
    expect(within(await within(dialog).findByRole("combobox", { name: /Share with/ })).getByText("Launch Access Team")).toBeInTheDocument();
  });

  describe("Cancel while Working… (issue 20, item 3)", () => {
    const throttled: DataverseError = { errorCode: ErrorCodes.ServiceProtectionRequests, message: "Too many requests" };
    const lost: DataverseError = { errorCode: 0, message: "Network Error" };
    // Pauses long enough that only Cancel ends them (abortableSleep, the client's own).
    const slowRetry = { maxAttempts: 5, baseDelayMs: 60000, maxDelayMs: 60000, random: () => 0 };
    /** Ada's Web API client whose updates wait on the wire until `release()`: a write Cancel can no longer recall. */
    const heldUpdates = (org: ReturnType<typeof ownershipOrganization>) => {
      const ada = org.clientFor(IDS.ada);
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const slow = {
        ...ada,
        updateRecord: async (...args: Parameters<typeof ada.updateRecord>) => {
          await gate;
          return ada.updateRecord(...args);
        },
      };
      return { slow, release };
    };

    it("stops a throttled delete: the dialog closes, no further attempt, the profile stays and the section says nothing changed", async () => {
      let deletes = 0;
      const org = ownershipOrganization({
        intercept: (r) => (r.operation === "delete" && r.table === "socialprofile" && ++deletes ? throttled : undefined),
      });
      const onDeleted = jest.fn();
      renderSection(ownershipClientFor(org, IDS.ada, true, { retry: slowRetry }), IDS.mine, { onDeleted });
      await userEvent.click(await screen.findByRole("button", { name: "Delete…" }));
      const dialog = await screen.findByRole("dialog");
      await within(dialog).findByText(/the 2 social activities/);
      await userEvent.click(within(dialog).getByRole("button", { name: "Delete" }));
      await within(dialog).findByText(english["ownership.working"]);
      await waitFor(() => expect(deletes).toBe(1));
      await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
      expect(await screen.findByText(english["ownership.cancel.stopped"])).toBeInTheDocument();
      await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
      await badge("Owned by you");
      expect(deletes).toBe(1);
      expect(onDeleted).not.toHaveBeenCalled();
      expect((await org.security(IDS.mine)).owner.id).toBe(IDS.ada);
      expect((await org.data.retrieveMultipleRecords("socialactivity")).entities).toHaveLength(3);
    });

    it("puts the notice into a status region that was there before it, so it is announced", async () => {
      const org = ownershipOrganization({
        intercept: (r) => (r.operation === "delete" && r.table === "socialprofile" ? throttled : undefined),
      });
      renderSection(ownershipClientFor(org, IDS.ada, true, { retry: slowRetry }), IDS.mine, { onDeleted: jest.fn() });
      await badge("Owned by you");
      const region = screen.getByRole("status");
      expect(region).toBeEmptyDOMElement();
      await userEvent.click(screen.getByRole("button", { name: "Delete…" }));
      const dialog = await screen.findByRole("dialog");
      await within(dialog).findByText(/the 2 social activities/);
      await userEvent.click(within(dialog).getByRole("button", { name: "Delete" }));
      await within(dialog).findByText(english["ownership.working"]);
      await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
      await waitFor(() => expect(region).toHaveTextContent(english["ownership.cancel.stopped"]));
      expect(region).toBeInTheDocument();
    });

    it("a throttled change of a share's access can be cancelled from its row: no further attempt, the access stays", async () => {
      let modifies = 0;
      const org = ownershipOrganization({ intercept: (r) => (r.message === "ModifyAccess" && ++modifies ? throttled : undefined) });
      const ada = ownershipClientFor(org, IDS.ada);
      await ada.share(await ada.read(IDS.mine), { kind: "team", id: IDS.sales }, "write");
      renderSection(ownershipClientFor(org, IDS.ada, true, { retry: slowRetry }), IDS.mine);
      const access = await screen.findByRole("combobox", { name: "Access for Sales" });
      expect(screen.queryByRole("button", { name: "Cancel" })).toBeNull();
      await userEvent.selectOptions(access, "read");
      await waitFor(() => expect(modifies).toBe(1));
      const row = access.closest("li")!;
      await userEvent.click(await within(row as HTMLElement).findByRole("button", { name: "Cancel" }));
      expect(await screen.findByText(english["ownership.cancel.stopped"])).toBeInTheDocument();
      expect(modifies).toBe(1);
      expect((await org.security(IDS.mine)).shares).toEqual([{ principal: { kind: "team", id: IDS.sales }, mask: SHARE_LEVELS.write }]);
      await waitFor(() => expect(within(row as HTMLElement).queryByRole("button", { name: "Cancel" })).toBeNull());
      expect(screen.getByRole("region", { name: english["ownership.region.label"] })).toHaveFocus();
    });

    it("a Cancel that comes while the write is on the wire and goes through says it was too late, and shows the result", async () => {
      const org = ownershipOrganization();
      const { slow, release } = heldUpdates(org);
      renderSection(ownershipClientFor(org, IDS.ada, true, { retry: slowRetry, data: slow }), IDS.mine);
      await userEvent.click(await screen.findByRole("button", { name: "Assign…" }));
      const dialog = await screen.findByRole("dialog");
      await userEvent.selectOptions(await within(dialog).findByRole("combobox", { name: "New owner" }), "Ben Agent");
      await userEvent.click(within(dialog).getByRole("button", { name: "Assign" }));
      await within(dialog).findByText(english["ownership.working"]);
      await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
      release();
      expect(await screen.findByText(english["ownership.cancel.tooLate"])).toBeInTheDocument();
      await badge("Owned by someone else");
      expect((await org.security(IDS.mine)).owner.id).toBe(IDS.ben);
    });

    it("an action that settles after Cancel closed its dialog leaves the focus where the user moved it", async () => {
      const org = ownershipOrganization();
      const { slow, release } = heldUpdates(org);
      renderSection(ownershipClientFor(org, IDS.ada, true, { retry: slowRetry, data: slow }), IDS.mine);
      const elsewhere = document.body.appendChild(document.createElement("button"));
      try {
        await userEvent.click(await screen.findByRole("button", { name: "Assign…" }));
        const dialog = await screen.findByRole("dialog");
        await userEvent.selectOptions(await within(dialog).findByRole("combobox", { name: "New owner" }), "Ben Agent");
        await userEvent.click(within(dialog).getByRole("button", { name: "Assign" }));
        await within(dialog).findByText(english["ownership.working"]);
        await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
        await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
        elsewhere.focus();
        release();
        expect(await screen.findByText(english["ownership.cancel.tooLate"])).toBeInTheDocument();
        await badge("Owned by someone else");
        expect(elsewhere).toHaveFocus();
      } finally {
        elsewhere.remove();
      }
    });

    it("after an attempt whose answer was lost, says the change may have reached Dataverse and shows the current owner", async () => {
      const org = ownershipOrganization();
      const ada = org.clientFor(IDS.ada);
      // The server applies the assignment; its answer never comes back.
      const lossy = {
        ...ada,
        updateRecord: async (...args: Parameters<typeof ada.updateRecord>) => {
          await ada.updateRecord(...args);
          throw lost;
        },
      };
      renderSection(ownershipClientFor(org, IDS.ada, true, { retry: slowRetry, data: lossy }), IDS.mine);
      await userEvent.click(await screen.findByRole("button", { name: "Assign…" }));
      const dialog = await screen.findByRole("dialog");
      await userEvent.selectOptions(await within(dialog).findByRole("combobox", { name: "New owner" }), "Ben Agent");
      await userEvent.click(within(dialog).getByRole("button", { name: "Assign" }));
      await waitFor(async () => expect((await org.security(IDS.mine)).owner.id).toBe(IDS.ben));
      await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
      expect(await screen.findByText(english["ownership.cancel.mayHaveApplied"])).toBeInTheDocument();
      await badge("Owned by someone else");
      expect(screen.getByText("Owner: Ben Agent")).toBeInTheDocument();
    });
  });

  it("offers no action to a user whose privileges allow none", async () => {
    renderSection(ownershipClientFor(ownershipOrganization(), IDS.dan), IDS.orphan);
    await badge("No active owner");
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });

  it("explains a privilege refusal from the server and leaves the card as it was", async () => {
    const org = ownershipOrganization();
    // Without the endpoint Ben's Assign privilege is all the view knows; the server refuses.
    renderSection(ownershipClientFor(org, IDS.ben, false), IDS.mine);
    await userEvent.click(await screen.findByRole("button", { name: "Assign…" }));
    const dialog = await screen.findByRole("dialog");
    await userEvent.selectOptions(await within(dialog).findByRole("combobox", { name: "New owner" }), "Ben Agent");
    await userEvent.click(within(dialog).getByRole("button", { name: "Assign" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(english["error.privilege"]);
    // Ben holds Assign at User level, which doesn't reach Ada's profile: the access check fails.
    expect(alert).toHaveTextContent("0x80048306");
    await badge("Owned by someone else");
    expect((await org.security(IDS.mine)).owner.id).toBe(IDS.ada);
  });

  it("says so when someone else changed the owner between the read and the action, then shows the current owner", async () => {
    const org = ownershipOrganization();
    renderSection(ownershipClientFor(org, IDS.ada), IDS.mine);
    await badge("Owned by you");
    const other = ownershipClientFor(org, IDS.ada);
    await other.assign(await other.read(IDS.mine), { kind: "systemuser", id: IDS.ben });
    await userEvent.click(screen.getByRole("button", { name: "Share…" }));
    const dialog = await screen.findByRole("dialog");
    await userEvent.selectOptions(await within(dialog).findByRole("combobox", { name: /Share with/ }), "Dan Reader");
    await userEvent.click(within(dialog).getByRole("button", { name: "Share" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(english["ownership.error.changed"]);
    await badge("Owned by someone else");
    expect((await org.security(IDS.mine)).shares).toEqual([]);
  });

  it("retries throttling within the client's bound, then explains it and keeps the card", async () => {
    const throttled: DataverseError = { errorCode: ErrorCodes.ServiceProtectionRequests, message: "Too many requests" }; // as context.webAPI rejects: no HTTP status reaches a control (simulator/pcfHost/platformErrors.ts)
    const org: InMemoryAccessOrganization = ownershipOrganization({
      intercept: (request) => (request.operation === "update" ? throttled : undefined),
    });
    renderSection(ownershipClientFor(org, IDS.ada), IDS.orphan);
    await userEvent.click(await screen.findByRole("button", { name: "Take over" }));
    await userEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Take over" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(english["error.throttled"]);
    await badge("No active owner");
  });

  it("works from the keyboard alone", async () => {
    const user = userEvent.setup();
    renderSection(ownershipClientFor(ownershipOrganization(), IDS.ada), IDS.orphan);
    await badge("No active owner");
    await user.tab();
    expect(screen.getByRole("button", { name: "Take over" })).toHaveFocus();
    await user.keyboard("{Enter}");
    const dialog = await screen.findByRole("dialog");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
  });

  it("speaks the user's language", async () => {
    renderSection(ownershipClientFor(ownershipOrganization(), IDS.ada, false), IDS.team, { lcid: 1036 });
    await badge("Appartient à votre équipe Support Team");
    expect(screen.getByText(loadStrings(1036)["ownership.readOnly"])).toBeInTheDocument();
  });
});
