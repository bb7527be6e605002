/**
 * The Fluent icons the controls draw (controls/common/icons.generated.ts through fluentIcon.tsx)
 * are the package's own: the committed module is what scripts/fluentIcons.ts renders from the
 * installed @fluentui/react-icons, and each icon renders the same size, view box and paths as the
 * package's component, with the same accessibility attributes.
 *
 * @jest-environment node
 */
import { readFileSync } from "node:fs";
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import * as icons from "../../controls/common/icons";
import { FLUENT_ICONS, ICONS_GENERATED, renderFluentIcon, renderIconsModule } from "../../scripts/fluentIcons";

const svgAttributes = (markup: string): Record<string, string> =>
  Object.fromEntries([.../<svg\b([^>]*)>/.exec(markup)![1].matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
const pathData = (markup: string): string[] => [...markup.matchAll(/<path\b[^>]*\sd="([^"]+)"/g)].map((m) => m[1]);

describe("Fluent icons", () => {
  it("the committed module is what the generator writes (run `npx tsx scripts/fluentIcons.ts` after an upgrade)", () => {
    expect(readFileSync(ICONS_GENERATED, "utf8")).toBe(renderIconsModule());
  });

  it("every listed icon is exported, and nothing else", () => {
    expect(Object.keys(icons).sort()).toEqual(Object.keys(FLUENT_ICONS).sort());
  });

  it.each(Object.keys(FLUENT_ICONS))("%s draws the package's size, view box and paths", (name) => {
    const ours = renderToStaticMarkup(React.createElement((icons as Record<string, React.FC>)[name]));
    const theirs = renderFluentIcon(name);
    const attributes = svgAttributes(ours);
    expect({ size: attributes.width, height: attributes.height, viewBox: attributes.viewBox, fill: attributes.fill }).toEqual({
      size: theirs.size,
      height: theirs.size,
      viewBox: theirs.viewBox,
      fill: "currentColor",
    });
    expect(pathData(ours)).toEqual(theirs.paths);
  });

  it("is hidden from screen readers unless named, as the package's icons are", () => {
    const Icon = icons.LockClosed16Regular;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Theirs = require("@fluentui/react-icons/headless/svg/lock-closed").LockClosed16Regular as React.FC<{
      title?: string;
      "aria-label"?: string;
    }>;
    for (const props of [{}, { title: "Locked" }, { "aria-label": "Locked" }]) {
      const ours = svgAttributes(renderToStaticMarkup(React.createElement(Icon, props)));
      const theirs = svgAttributes(renderToStaticMarkup(React.createElement(Theirs, props)));
      expect({ hidden: ours["aria-hidden"], role: ours.role, label: ours["aria-label"] }).toEqual({
        hidden: theirs["aria-hidden"],
        role: theirs.role,
        label: theirs["aria-label"],
      });
    }
  });

  it("passes its own attributes through (class, style) as the package does", () => {
    const markup = renderToStaticMarkup(React.createElement(icons.Open16Regular, { className: "x", style: { color: "red" } }));
    expect(svgAttributes(markup)).toMatchObject({ class: "x", style: "color:red" });
  });
});
