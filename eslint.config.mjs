// One lint for the whole project (pcf-scripts lints only control folders and ignores warnings).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import powerApps from "@microsoft/eslint-plugin-power-apps";
import globals from "globals";

const browserStorageBan = ["localStorage", "sessionStorage"].flatMap((name) => [
  { object: "window", property: name, message: "Browser storage is banned: secrets and user data must never be written there." },
  { object: "globalThis", property: name, message: "Browser storage is banned." },
  { object: "self", property: name, message: "Browser storage is banned." },
]);

export default tseslint.config(
  {
    ignores: [".tmp/", "node_modules/", "out/", "coverage/", "test-results/", "**/generated/", "**/*.d.ts"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "@microsoft/power-apps": powerApps },
    rules: { ...powerApps.configs.paCheckerHosted.rules },
  },
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    plugins: { react, "react-hooks": reactHooks },
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    settings: { react: { version: "16.14" } },
    rules: {
      ...react.configs.recommended.rules,
      ...reactHooks.configs.recommended.rules,
      "react/prop-types": "off",
      "react/jsx-no-script-url": "error",
      "react/no-danger": "error",
      "react/jsx-no-target-blank": "error",
      "no-restricted-globals": [
        "error",
        { name: "localStorage", message: "Browser storage is banned: secrets and user data must never be written there." },
        { name: "sessionStorage", message: "Browser storage is banned: secrets and user data must never be written there." },
      ],
      "no-restricted-properties": ["error", ...browserStorageBan],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      eqeqeq: ["error", "smart"],
      "no-console": "off",
    },
  },
  {
    files: ["**/*.cjs", "jest.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
