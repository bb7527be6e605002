import { screen } from "@testing-library/react";
import { axe } from "jest-axe";
import { makeProfiles } from "../../../simulator/pcfHost/datasetContext";
import { cells, mountGallery, unmountAll } from "./harness";

describe("SocialProfileGallery rendering", () => {
  afterEach(unmountAll);

  it("shows loaded profiles as cards in an ARIA grid with the total", () => {
    const gallery = mountGallery({ count: 100 });
    const grid = screen.getByRole("grid", { name: "Social profiles" });
    expect(grid).toHaveAttribute("aria-multiselectable", "true");
    // 900 px fits 3 cards across; 100 records on the server → 34 rows.
    expect(grid).toHaveAttribute("aria-colcount", "3");
    expect(grid).toHaveAttribute("aria-rowcount", "34");
    expect(screen.getByText("25 of 100 profiles")).toBeInTheDocument();
    expect(screen.getAllByRole("row")[0]).toHaveAttribute("aria-rowindex", "1");
    expect(cells(gallery.container)[0]).toHaveTextContent("Amina Haddad");
    expect(gallery.context.tracked).toBe(true);
  });

  it("keeps only the rows near the viewport in the DOM", () => {
    const gallery = mountGallery({ dataset: { records: makeProfiles(2000), pageSize: 500, loadedPages: 4 } });
    expect(screen.getByText("2,000 of 2,000 profiles")).toBeInTheDocument();
    const rendered = cells(gallery.container).length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(40);
  });

  it("derives the columns from the allocated width", () => {
    mountGallery({ count: 10, allocatedWidth: 300 });
    expect(screen.getByRole("grid")).toHaveAttribute("aria-colcount", "1");
  });

  it("shows a dash for columns the maker did not map", () => {
    const gallery = mountGallery({
      dataset: { records: makeProfiles(3), columns: [{ alias: "profileName", name: "profilename" }] },
      cardLayout: "full",
    });
    const first = cells(gallery.container)[0];
    expect(first.querySelectorAll("[data-no-value]").length).toBeGreaterThan(0);
    // Sorting, community filter and search need mapped columns; only name sorting and search remain.
    expect(screen.queryByLabelText("Community")).not.toBeInTheDocument();
    expect(screen.getByLabelText("Search by name or handle")).toBeInTheDocument();
  });

  it("says the total is unknown or capped as the platform reports it", () => {
    mountGallery({ dataset: { records: makeProfiles(60), pageSize: 25, total: "unknown" } });
    expect(screen.getByText("25 profiles loaded, more available")).toBeInTheDocument();
    unmountAll();
    mountGallery({ dataset: { records: makeProfiles(6000), pageSize: 25, total: { cap: 5000 } } });
    expect(screen.getByText("25 of 5,000+ profiles")).toBeInTheDocument();
    expect(screen.getByRole("grid")).toHaveAttribute("aria-rowcount", "-1");
  });

  it("says a count above the 5,000 limit as it is (20,000), with the grid's row count", () => {
    mountGallery({ dataset: { records: makeProfiles(20_000), pageSize: 250 } });
    expect(screen.getByText("250 of 20,000 profiles")).toBeInTheDocument();
    expect(screen.queryByText(/20,000\+/)).not.toBeInTheDocument();
    // 900 px fits 3 cards across: 20,000 records → 6,667 rows.
    expect(screen.getByRole("grid")).toHaveAttribute("aria-rowcount", "6667");
  });

  it("is localized and mirrored in Arabic", () => {
    const gallery = mountGallery({ count: 10, languageId: 1025 });
    expect(gallery.container.querySelector("[dir='rtl']")).not.toBeNull();
    expect(screen.getByRole("grid", { name: "ملفات التعريف الاجتماعية" })).toBeInTheDocument();
  });

  it("has no axe violations with cards", async () => {
    const gallery = mountGallery({ count: 30 });
    expect(await axe(gallery.container)).toHaveNoViolations();
  });
});
