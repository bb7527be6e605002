import * as React from "react";
import { Field, Select } from "@fluentui/react-components";

export interface GallerySettings {
  profileCount: number;
  pageSize: number;
  cardLayout: "compact" | "full";
  /** "bound": every property-set mapped by the maker; "view": zero configuration, the view's columns without aliases. */
  columns?: "bound" | "view";
}

const COUNTS = [0, 25, 100, 1000, 5000, 20000];
const PAGE_SIZES = [25, 50, 100, 250];

export const GalleryPanel: React.FC<{ value: GallerySettings; onChange: (value: GallerySettings) => void }> = ({ value, onChange }) => (
  <>
    <Field label="Generated profiles">
      <Select value={String(value.profileCount)} onChange={(_e, data) => onChange({ ...value, profileCount: Number(data.value) })}>
        {COUNTS.map((count) => (
          <option key={count} value={count}>
            {count}
          </option>
        ))}
      </Select>
    </Field>
    <Field label="Page size">
      <Select value={String(value.pageSize)} onChange={(_e, data) => onChange({ ...value, pageSize: Number(data.value) })}>
        {PAGE_SIZES.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </Select>
    </Field>
    <Field label="Card layout">
      <Select
        value={value.cardLayout}
        onChange={(_e, data) => onChange({ ...value, cardLayout: data.value as GallerySettings["cardLayout"] })}
      >
        <option value="compact">compact</option>
        <option value="full">full</option>
      </Select>
    </Field>
    <Field label="Columns">
      <Select
        value={value.columns ?? "bound"}
        onChange={(_e, data) => onChange({ ...value, columns: data.value as GallerySettings["columns"] })}
      >
        <option value="bound">property-sets bound</option>
        <option value="view">view columns, no alias (zero configuration)</option>
      </Select>
    </Field>
  </>
);
