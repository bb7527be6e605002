/**
 * The Fluent icons the controls use, each imported from its own headless entry point: the
 * bundle carries only these icons, and the headless build needs no Griffel runtime (the standard
 * build's @griffel/react imports "react/jsx-runtime", which React 16's package cannot resolve
 * under webpack's strict ESM rules). Types: fluentHeadlessIcons.d.ts.
 */
// The community pictures are drawn from the sprite (communityMarks.ts); chat is the one kept here,
// for when the sprite cannot be read (CommunityIcon).
export { Chat20Regular } from "@fluentui/react-icons/headless/svg/chat";
export { LockClosed16Regular } from "@fluentui/react-icons/headless/svg/lock-closed";
export { Open16Regular } from "@fluentui/react-icons/headless/svg/open";
export { PresenceOffline16Regular } from "@fluentui/react-icons/headless/svg/presence-offline";
export { Prohibited16Regular } from "@fluentui/react-icons/headless/svg/prohibited";
// Gallery toolbar, notice and empty state (SocialProfileGallery).
export { Dismiss20Regular } from "@fluentui/react-icons/headless/svg/dismiss";
export { PeopleSearch24Regular } from "@fluentui/react-icons/headless/svg/people-search";
export { Search20Regular } from "@fluentui/react-icons/headless/svg/search";
// WhatsApp wizard: reveal / hide the token, copy the inbound URL, completed step.
export { Checkmark20Regular } from "@fluentui/react-icons/headless/svg/checkmark";
export { Copy20Regular } from "@fluentui/react-icons/headless/svg/copy";
export { Eye20Regular } from "@fluentui/react-icons/headless/svg/eye";
export { EyeOff20Regular } from "@fluentui/react-icons/headless/svg/eye-off";
