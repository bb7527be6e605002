import { socialprofile, TABLES, TableMetadata } from "../../../plugins-shim/schema";

/**
 * An org an admin customized: profilename lengthened to 200 and a community choice (100000000,
 * the first value of a publisher's option prefix) added. What the org's metadata says, not the seeds.
 */
export const CUSTOM_COMMUNITY = 100000000;

export const customizedSocialprofile: TableMetadata = {
  ...socialprofile,
  columns: {
    ...socialprofile.columns,
    profilename: { ...socialprofile.columns.profilename, maxLength: 200 },
    community: {
      ...socialprofile.columns.community,
      choices: [
        ...(socialprofile.columns.community.choices ?? []),
        { value: CUSTOM_COMMUNITY, label: "Mastodon", labelKey: "community.custom" },
      ],
    },
  },
};

export const CUSTOMIZED_TABLES: Readonly<Record<string, TableMetadata>> = { ...TABLES, socialprofile: customizedSocialprofile };
