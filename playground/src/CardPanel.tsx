import * as React from "react";
import { Field, Input, Select, Switch } from "@fluentui/react-components";
import { socialprofile } from "../../plugins-shim/schema";
import { CardFormShape, CardValues, HIDEABLE_COLUMNS } from "./cardValues";

type TextKey =
  | "profileName"
  | "fullName"
  | "phoneNumber"
  | "profileImageLink"
  | "profileLink"
  | "twitterHandle"
  | "weChatOpenId"
  | "appleMessagesSourceId";
type NumberKey = "followerCount" | "followingCount" | "friendCount" | "influenceScore";

const TEXT_FIELDS: readonly [TextKey, string][] = [
  ["profileName", "Profile name"],
  ["fullName", "Full name"],
  ["phoneNumber", "Phone"],
  ["profileImageLink", "Profile image link"],
  ["profileLink", "Profile link"],
  ["twitterHandle", "Twitter handle (lookup name)"],
  ["weChatOpenId", "WeChat Open ID"],
  ["appleMessagesSourceId", "Apple Messages source ID"],
];
const NUMBER_FIELDS: readonly [NumberKey, string][] = [
  ["followerCount", "Followers"],
  ["followingCount", "Following"],
  ["friendCount", "Friends"],
  ["influenceScore", "Influence score"],
];
const COMMUNITIES = socialprofile.columns.community.choices!;

export interface CardPanelProps {
  values: CardValues;
  onChange: (values: CardValues) => void;
  shape: CardFormShape;
  onShapeChange: (shape: CardFormShape) => void;
}

const isKnown = (value: number | null): boolean => value !== null && COMMUNITIES.some((choice) => choice.value === value);

/** The card's bound columns, as a maker's form would hold them. */
export const CardPanel: React.FC<CardPanelProps> = ({ values, onChange, shape, onShapeChange }) => {
  const set = <K extends keyof CardValues>(key: K, value: CardValues[K]) => onChange({ ...values, [key]: value });
  const numberOrNull = (text: string): number | null => (text.trim() === "" || !Number.isFinite(Number(text)) ? null : Number(text));
  return (
    <>
      <Field label="Community">
        <Select
          value={values.community === null ? "" : isKnown(values.community) ? String(values.community) : "other"}
          onChange={(_e, data) => data.value !== "other" && set("community", data.value === "" ? null : Number(data.value))}
        >
          <option value="">(empty)</option>
          {COMMUNITIES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label} ({choice.value})
            </option>
          ))}
          <option value="other">Another value (type it below)</option>
        </Select>
      </Field>
      {/* Any whole number: environments add choices, and stored data may hold values no one defines. */}
      <Field label="Community value (any integer)">
        <Input
          type="number"
          step={1}
          value={values.community === null ? "" : String(values.community)}
          onChange={(_e, data) => {
            const value = data.value.trim() === "" ? null : Number(data.value);
            if (value === null || Number.isInteger(value)) set("community", value);
          }}
        />
      </Field>
      {TEXT_FIELDS.map(([key, label]) => (
        <Field key={key} label={label}>
          <Input value={values[key]} onChange={(_e, data) => set(key, data.value)} />
        </Field>
      ))}
      {NUMBER_FIELDS.map(([key, label]) => (
        <Field key={key} label={label}>
          <Input
            type="number"
            value={values[key] === null ? "" : String(values[key])}
            onChange={(_e, data) => set(key, numberOrNull(data.value))}
          />
        </Field>
      ))}
      <Switch label="Customer opt-out (bound value)" checked={values.optOut} onChange={(_e, data) => set("optOut", data.checked)} />
      <Switch label="Blocked" checked={values.blocked} onChange={(_e, data) => set("blocked", data.checked)} />
      <Switch
        label="Opt-out property bound"
        checked={shape.optOutBound}
        onChange={(_e, data) => onShapeChange({ ...shape, optOutBound: data.checked })}
      />
      <Field label="Field security hides">
        <Select
          value={shape.hiddenColumn}
          onChange={(_e, data) => onShapeChange({ ...shape, hiddenColumn: data.value as CardFormShape["hiddenColumn"] })}
        >
          <option value="">(nothing)</option>
          {HIDEABLE_COLUMNS.map((column) => (
            <option key={column} value={column}>
              {column}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Counts shown">
        <Select value={values.countsShown} onChange={(_e, data) => set("countsShown", data.value as CardValues["countsShown"])}>
          <option value="all">all</option>
          <option value="followers">followers</option>
          <option value="followersAndFollowing">followersAndFollowing</option>
          <option value="none">none</option>
        </Select>
      </Field>
      <Field label="Layout">
        <Select value={values.layout} onChange={(_e, data) => set("layout", data.value as CardValues["layout"])}>
          <option value="full">full</option>
          <option value="compact">compact</option>
        </Select>
      </Field>
    </>
  );
};
