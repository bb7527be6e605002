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
declare module "@fluentui/react-icons/headless/svg/mail" {
  export const Mail20Regular: HeadlessFluentIcon;
}
declare module "@fluentui/react-icons/headless/svg/question-circle" {
  export const QuestionCircle20Regular: HeadlessFluentIcon;
}
