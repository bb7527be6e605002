import * as React from "react";

export type FluentIconProps = React.SVGAttributes<SVGElement> & { title?: string };

/**
 * A Fluent UI icon drawn from its path data (icons.generated.ts, rendered from
 * @fluentui/react-icons by scripts/fluentIcons.ts) with the attributes the package's headless
 * icons render: currentColor fill, square size and view box, hidden from screen readers unless
 * named (title → aria-label, role img). None of the icons the controls use flips in RTL.
 * Why not the package's own components: their shared runtime (icon factory, state hook,
 * contexts) weighed about 700 B gzip in every bundle, more than the icons themselves.
 */
export function fluentIcon(displayName: string, size: string, viewBox: string, paths: readonly string[]): React.FC<FluentIconProps> {
  const Icon: React.FC<FluentIconProps> = ({ title, ...rest }) => {
    const label = title ?? rest["aria-label"];
    const named = Boolean(label || rest["aria-labelledby"]);
    const a11y = named ? { "aria-label": label, role: "img" } : { "aria-hidden": true };
    return React.createElement(
      "svg",
      { fill: "currentColor", width: size, height: size, viewBox, ...rest, ...a11y },
      paths.map((d) => React.createElement("path", { key: d, d })),
    );
  };
  Icon.displayName = displayName;
  return Icon;
}
