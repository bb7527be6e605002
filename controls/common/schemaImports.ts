/**
 * The only door from the controls into plugins-shim: choice values, named communities, the
 * profile name's column rules and the link / message helpers. Importing the specific modules (not
 * the barrels) keeps the bundles free of the validation engine and the other tables' metadata.
 */
import { socialprofile } from "../../plugins-shim/schema/socialprofile";

export { COMMUNITY_CHOICES, Community, SOCIALPROFILE_STATE_CHOICES } from "../../plugins-shim/schema/socialprofileChoices";
export { safeHttpUrl } from "../../plugins-shim/rules/url";
export { formatMessage } from "../../plugins-shim/rules/diagnostics";
export { validateValue } from "../../plugins-shim/rules/validateColumn";

/** socialprofile.profilename: the column the card's "Profile name" property binds. */
export const PROFILE_NAME_COLUMN = socialprofile.columns.profilename;
