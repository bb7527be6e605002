import { COMMUNITY_CATALOG, communityLabel } from "../../common/communityCatalog";

/** One entry of the community filter: the org's choice value and the label to show. */
export interface CommunityOption {
  value: number;
  label: string;
}

interface OptionLike {
  Value?: unknown;
  Label?: unknown;
  value?: unknown;
  text?: unknown;
  label?: unknown;
}

const toOption = (entry: OptionLike | null | undefined): CommunityOption | undefined => {
  if (!entry || typeof entry !== "object") return undefined;
  const value = entry.Value ?? entry.value;
  const label = entry.Label ?? entry.text ?? entry.label;
  if (typeof value !== "number" || !Number.isInteger(value)) return undefined;
  return { value, label: typeof label === "string" ? label : "" };
};

/**
 * The community options of `utils.getEntityMetadata("socialprofile", ["community"])`. The PCF
 * typings describe an option as `OptionMetadata { Label, Value, Color }` and leave the
 * EntityMetadata shape open (`[key: string]: any`); model-driven apps hand an attribute
 * collection with `get(name)` whose `attributeDescriptor.OptionSet` is that list, Xrm's
 * client metadata an `OptionSet` of `{ value, text }`. Anything else reads as "no metadata".
 */
export function optionsFromMetadata(metadata: unknown, attribute: string): CommunityOption[] | undefined {
  const attributes = (metadata as { Attributes?: { get?: (name: string) => unknown } } | null | undefined)?.Attributes;
  const described = typeof attributes?.get === "function" ? (attributes.get(attribute) as Record<string, unknown> | undefined) : undefined;
  if (!described) return undefined;
  const descriptor = described.attributeDescriptor as Record<string, unknown> | undefined;
  const raw = descriptor?.OptionSet ?? described.OptionSet;
  const entries = Array.isArray(raw) ? raw : raw && typeof raw === "object" ? Object.values(raw) : undefined;
  if (!entries) return undefined;
  const options = entries.map((entry) => toOption(entry as OptionLike)).filter((option): option is CommunityOption => option !== undefined);
  return options.length > 0 ? options : undefined;
}

/**
 * The filter's options: the org's values and labels (customised labels and custom values
 * included, retired ones absent) when metadata was read; our catalog only when it was not.
 * An org option without a label falls back to our localized label for that value.
 */
export function communityOptions(
  orgOptions: readonly CommunityOption[] | undefined,
  getString: (key: string) => string,
): CommunityOption[] {
  const options = orgOptions
    ? orgOptions.map((option) => ({
        value: option.value,
        label: option.label.trim() !== "" ? option.label : communityLabel(option.value, getString),
      }))
    : COMMUNITY_CATALOG.map((entry) => ({ value: entry.value, label: communityLabel(entry.value, getString) }));
  return options.sort((a, b) => a.label.localeCompare(b.label));
}
