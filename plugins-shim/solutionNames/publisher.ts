/**
 * The publisher and the solution's identity: the one place that names them. Changing the
 * publisher's unique name or prefix after a release breaks upgrades (Dataverse treats it as a
 * different publisher), so these values are frozen once released.
 */
export const PUBLISHER = {
  uniqueName: "socialchannelcontrols",
  friendlyName: "Social Channel Controls",
  description: "Publisher of the Social Channel Controls solution.",
  /** 2–8 letters or digits, starting with a letter, never "mscrm". */
  customizationPrefix: "scc",
  /** 10000–99999: prefix of choice values this publisher would create. */
  customizationOptionValuePrefix: 14872,
} as const;

export const SOLUTION = {
  uniqueName: "SocialChannelControls",
  displayName: "Social Channel Controls",
  description:
    "Code components for social profiles and WhatsApp accounts, and a form script that holds those forms to the same validation rules.",
} as const;

/** A name carrying the publisher prefix, as Dataverse requires of every component this solution adds. */
export const withPrefix = (name: string): string => `${PUBLISHER.customizationPrefix}_${name}`;
