/**
 * tsconfig's "node" module resolution does not read package.json "exports", so TypeScript cannot
 * find @fluentui/react-icons' headless entry points by itself (webpack and jest can). These
 * declarations type the ones scripts/communityMarks.ts (the neutral community pictures it renders
 * into the sprite) imports; scripts/fluentIcons.ts reads the others' path data at generation time.
 */
type HeadlessFluentIcon = import("react").FC<import("react").SVGAttributes<SVGElement> & { title?: string }>;

declare module "@fluentui/react-icons/headless/svg/bot" {
  export const Bot20Regular: HeadlessFluentIcon;
}
declare module "@fluentui/react-icons/headless/svg/chat" {
  export const Chat20Regular: HeadlessFluentIcon;
}
declare module "@fluentui/react-icons/headless/svg/lock-closed" {
  export const LockClosed16Regular: HeadlessFluentIcon;
}
declare module "@fluentui/react-icons/headless/svg/mail" {
  export const Mail20Regular: HeadlessFluentIcon;
}
declare module "@fluentui/react-icons/headless/svg/open" {
  export const Open16Regular: HeadlessFluentIcon;
}
declare module "@fluentui/react-icons/headless/svg/presence-offline" {
  export const PresenceOffline16Regular: HeadlessFluentIcon;
}
declare module "@fluentui/react-icons/headless/svg/prohibited" {
  export const Prohibited16Regular: HeadlessFluentIcon;
}
declare module "@fluentui/react-icons/headless/svg/question-circle" {
  export const QuestionCircle20Regular: HeadlessFluentIcon;
}
declare module "@fluentui/react-icons/headless/svg/dismiss" {
  export const Dismiss20Regular: HeadlessFluentIcon;
}
declare module "@fluentui/react-icons/headless/svg/search" {
  export const Search20Regular: HeadlessFluentIcon;
}
declare module "@fluentui/react-icons/headless/svg/checkmark" {
  export const Checkmark20Regular: HeadlessFluentIcon;
}
declare module "@fluentui/react-icons/headless/svg/copy" {
  export const Copy20Regular: HeadlessFluentIcon;
}
declare module "@fluentui/react-icons/headless/svg/eye" {
  export const Eye20Regular: HeadlessFluentIcon;
}
declare module "@fluentui/react-icons/headless/svg/eye-off" {
  export const EyeOff20Regular: HeadlessFluentIcon;
}
