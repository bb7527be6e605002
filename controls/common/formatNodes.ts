import * as React from "react";

/**
 * A localized pattern with `{name}` placeholders, filled with React nodes (a value isolated in a
 * `<bdi>`, a mask): the words and separators around them come from the .resx string, never from
 * code ("{label}: {value}" in English, "{label} : {value}" in French). Unknown placeholders stay as
 * written, as formatMessage leaves them.
 */
export function formatNodes(pattern: string, params: Readonly<Record<string, React.ReactNode>>): React.ReactNode {
  const parts = pattern.split(/(\{\w+\})/);
  return React.createElement(
    React.Fragment,
    null,
    ...parts.map((part, index) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      const node = name !== undefined && Object.prototype.hasOwnProperty.call(params, name) ? params[name] : part;
      return React.createElement(React.Fragment, { key: index }, node);
    }),
  );
}
