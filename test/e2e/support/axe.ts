import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** axe-core on one control's area: WCAG 2.1 A/AA rules plus best practices. Returns readable violations. */
export async function axeViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page: page as never })
    .include(selector)
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}
