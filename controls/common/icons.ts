/**
 * The Fluent UI icons the controls use: their path data, rendered from @fluentui/react-icons'
 * own components by scripts/fluentIcons.ts (the list and who uses which icon is there), drawn by
 * fluentIcon.tsx with the attributes the package renders. The bundle carries only these icons'
 * paths, not the package's icon runtime. The community pictures are drawn from the sprite
 * (communityMarks.ts); chat is kept here for when the sprite cannot be read (CommunityIcon).
 */
export * from "./icons.generated";
