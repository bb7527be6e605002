import * as React from "react";
import { VisuallyHidden } from "./VisuallyHidden";

/** An empty column: "—" for the eye, the localized "No value" for screen readers (never 0 or "null"). */
export const NoValue: React.FC<{ label: string }> = ({ label }) => (
  <span data-no-value="">
    <span aria-hidden="true">—</span>
    <VisuallyHidden>{label}</VisuallyHidden>
  </span>
);
