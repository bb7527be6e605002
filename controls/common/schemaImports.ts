/**
 * The only door from the controls into plugins-shim: choice values, named communities, the
 * profile name's column rules and the link / message helpers. Importing the specific modules (not
 * the barrels) keeps the bundles free of the validation engine and the other tables' metadata.
 */
export { COMMUNITY_LABEL_KEYS, Community, SOCIALPROFILE_STATE_CHOICES } from "../../plugins-shim/schema/socialprofileChoices";
export { safeHttpUrl } from "../../plugins-shim/rules/url";
export { formatMessage } from "../../plugins-shim/rules/diagnostics";
export { validateTextLength } from "../../plugins-shim/rules/validateText";
/** socialprofile.profilename: the column the card's "Profile name" property binds. */
export { PROFILE_NAME_COLUMN } from "../../plugins-shim/schema/socialprofileName";
