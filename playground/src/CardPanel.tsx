import * as React from "react";
import { Field, Input, Select, Switch } from "@fluentui/react-components";
import { socialprofile } from "../../plugins-shim/schema";
import { CardValues } from "./cardValues";

type TextKey = "profileName" | "fullName" | "phoneNumber" | "profileImageLink" | "profileLink" | "twitterHandle" | "weChatOpenId" | "appleMessagesSourceId";
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
}

/** The card's bound columns, as a maker's form would hold them. */
export const CardPanel: React.FC<CardPanelProps> = ({ values, onChange }) => {
  const set = <K extends keyof CardValues>(key: K, value: CardValues[K]) => onChange({ ...values, [key]: value });
  const numberOrNull = (text: string): number | null => (text.trim() === "" || !Number.isFinite(Number(text)) ? null : Number(text));
  return (
    <>
      <Field label="Community">
        <Select value={values.community === null ? "" : String(values.community)} onChange={(_e, data) => set("community", data.value === "" ? null : Number(data.value))}>
          <option value="">(empty)</option>
          {COMMUNITIES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label} ({choice.value})
            </option>
          ))}
          <option value="999999">Unknown value (999999)</option>
        </Select>
      </Field>
      {TEXT_FIELDS.map(([key, label]) => (
        <Field key={key} label={label}>
          <Input value={values[key]} onChange={(_e, data) => set(key, data.value)} />
        </Field>
      ))}
      {NUMBER_FIELDS.map(([key, label]) => (
        <Field key={key} label={label}>
          <Input type="number" value={values[key] === null ? "" : String(values[key])} onChange={(_e, data) => set(key, numberOrNull(data.value))} />
        </Field>
      ))}
      <Switch label="Customer opt-out (bound value)" checked={values.optOut} onChange={(_e, data) => set("optOut", data.checked)} />
      <Switch label="Blocked" checked={values.blocked} onChange={(_e, data) => set("blocked", data.checked)} />
      <Switch label="Inactive record (statecode 1)" checked={values.status === 1} onChange={(_e, data) => set("status", data.checked ? 1 : 0)} />
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
