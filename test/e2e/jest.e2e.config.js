/** Browser tests in headless Chromium (playwright-core; test/support/chromium.ts picks the browser). Run with `npm run test:e2e`; one file at a time (2 cores). */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  testTimeout: 120000,
  maxWorkers: 1,
  // As in jest.config.js: each file transpiled on its own by sucrase (`npm run typecheck` checks types).
  transform: { "^.+\\.tsx?$": "@sucrase/jest-plugin" },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
