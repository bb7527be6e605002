import * as React from "react";

/**
 * The four icons the control needs, drawn with `currentColor` so they follow the theme and
 * Windows high contrast. @fluentui/react-icons is not used: it bundles its own @griffel/react,
 * whose ESM build imports "react/jsx-runtime", which React 16.14 (the platform library) does not
 * export, so the pcf-scripts build fails to resolve it.
 */
const Icon: React.FC<{ children: React.ReactNode }> = ({ children }) => (
  <svg
    width="20"
    height="20"
    viewBox="0 0 20 20"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.5"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    {children}
  </svg>
);

export const EyeIcon: React.FC = () => (
  <Icon>
    <path d="M2 10c2-4 5-6 8-6s6 2 8 6c-2 4-5 6-8 6s-6-2-8-6z" />
    <circle cx="10" cy="10" r="2.5" />
  </Icon>
);

export const EyeOffIcon: React.FC = () => (
  <Icon>
    <path d="M2 10c2-4 5-6 8-6s6 2 8 6c-2 4-5 6-8 6s-6-2-8-6z" />
    <circle cx="10" cy="10" r="2.5" />
    <path d="M3 3l14 14" />
  </Icon>
);

export const CopyIcon: React.FC = () => (
  <Icon>
    <rect x="7" y="7" width="10" height="10" rx="1.5" />
    <path d="M13 4.5V4a1 1 0 0 0-1-1H4a1 1 0 0 0-1 1v8a1 1 0 0 0 1 1h.5" />
  </Icon>
);

export const CheckIcon: React.FC = () => (
  <Icon>
    <path d="M4 10.5l4 4 8-9" />
  </Icon>
);
