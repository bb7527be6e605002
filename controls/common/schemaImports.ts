/**
 * The only door from the controls into plugins-shim: choice values, named communities and the
 * link / message helpers. Importing the specific modules (not the barrels) keeps the bundles free
 * of the validation engine and the other tables' metadata.
 */
export { COMMUNITY_CHOICES, Community, SOCIALPROFILE_STATE_CHOICES } from "../../plugins-shim/schema/socialprofileChoices";
export { safeHttpUrl } from "../../plugins-shim/rules/url";
export { formatMessage } from "../../plugins-shim/rules/diagnostics";
