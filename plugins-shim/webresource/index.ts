/**
 * Entry of the form-script web resource. esbuild wraps it in an IIFE whose only global is
 * `SocialChannelControls.Forms`; admins register `SocialChannelControls.Forms.<Table>.onLoad`.
 */
import { formTable } from "./columns";
import { createFormHandlers } from "./formValidation";

export const SocialProfile = createFormHandlers(formTable("socialprofile"));
export const WhatsAppAccount = createFormHandlers(formTable("msdyn_ocwhatsappchannelaccount"));
