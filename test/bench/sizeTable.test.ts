/** @jest-environment node */
import { GZIP_BUDGETS } from "../../scripts/budgets";
import { sizeTable, unmeasuredBudgets } from "../../bench/sizeTable";

const card = GZIP_BUDGETS.SocialProfileCard;

describe("bundle size budgets", () => {
  it("every limit is at or above its target", () => {
    for (const budget of Object.values(GZIP_BUDGETS)) {
      expect(budget.target).toBeGreaterThan(0);
      expect(budget.limit).toBeGreaterThanOrEqual(budget.target);
    }
  });

  it("fails a file one byte over its limit and passes one at the limit", () => {
    const over = sizeTable([{ name: "SocialProfileCard", file: "bundle.js", bytes: 50_000, gzipBytes: card.limit + 1 }]);
    expect(over.failures).toEqual([expect.stringContaining("over its")]);
    expect(over.rows[0].at(-1)).toMatch(/^FAIL/);
    const at = sizeTable([{ name: "SocialProfileCard", file: "bundle.js", bytes: 50_000, gzipBytes: card.limit }]);
    expect(at.failures).toEqual([]);
  });

  it("prints the limit and the target beside the figure", () => {
    const { rows } = sizeTable([{ name: "SocialProfileCard", file: "bundle.js", bytes: 30_000, gzipBytes: card.target - 10 }]);
    expect(rows[0]).toContain(`${card.limit.toLocaleString("en-US")} B`);
    expect(rows[0]).toContain(`${card.target.toLocaleString("en-US")} B`);
    expect(rows[0].at(-1)).toBe("ok, 10 B under target");
  });

  it("names every budget no measured file answers to (a library script not built leaves no row)", () => {
    const names = Object.keys(GZIP_BUDGETS);
    const all = names.map((name) => ({ name, file: name, bytes: 1, gzipBytes: 1 }));
    expect(unmeasuredBudgets(all)).toEqual([]);
    const withoutLast = all.slice(0, -1);
    expect(unmeasuredBudgets(withoutLast)).toEqual([expect.stringContaining(names[names.length - 1])]);
  });

  it("fails a budgeted file that was not built, not one without a budget", () => {
    const { failures } = sizeTable([
      { name: "SocialProfileCard", file: "out/controls/SocialProfileCard/bundle.js" },
      { name: "web resource other.js", file: "out/webresource/other.js", bytes: 10, gzipBytes: 10 },
    ]);
    expect(failures).toEqual([expect.stringContaining("not built")]);
  });
});
