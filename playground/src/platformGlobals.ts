/**
 * The playground's stand-in for the platform libraries a model-driven app gives a control's code:
 * the page's own React and Fluent UI, under names of the playground's choosing (a real host maps
 * a control's `<platform-library>` declarations itself; nothing in the product names them). The
 * ownership library component's code is built against them (playground/build.ts) and loaded by
 * src/dependencyLoader.ts.
 */
export const PAGE_PLATFORM_GLOBALS = {
  react: "playgroundPlatformReact",
  "@fluentui/react-components": "playgroundPlatformFluent",
} as const;

/** The file the playground serves the ownership library component's code as. */
export const OWNERSHIP_LIBRARY_SCRIPT = "SocialProfileOwnership.bundle.js";
