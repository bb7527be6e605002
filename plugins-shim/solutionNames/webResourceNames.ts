import { SOLUTION, withPrefix } from "./publisher";

/**
 * Names of the web resources, shared by the packer (which creates them) and the form script
 * (which loads its strings by name). A web resource name is `<prefix>_/<path>`.
 */
const folder = withPrefix(`/${SOLUTION.uniqueName}`);

/** The form-script library admins register on forms. */
export const FORM_SCRIPT_NAME = `${folder}/forms.js`;

/** Base name of the RESX string web resources, as `Xrm.Utility.getResourceString` takes it. */
export const STRINGS_BASE_NAME = `${folder}/strings/SocialChannelControls`;

/** Languages the product ships strings for (LCIDs). */
export const STRING_LANGUAGES = [1033, 1036, 1031, 1041, 1025] as const;

export const stringsResourceName = (lcid: number): string => `${STRINGS_BASE_NAME}.${lcid}.resx`;

/** The namespace object the form script defines (its only global). */
export const FORM_SCRIPT_GLOBAL = "SocialChannelControls.Forms";
