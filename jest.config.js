/** Unit and component tests (jsdom). Browser tests run separately in real Chromium (test/e2e). */
const { fluentBundlePath } = require("./test/support/fluentBundle.cjs");

module.exports = {
  testEnvironment: "jsdom",
  // user-event suites type whole forms: on a 2-core machine shared with other jobs one test can take
  // several seconds, past jest's 5 s default. A bound against hangs, not a timing assertion.
  testTimeout: 30000,
  // One worker per core. Jest's default is cores − 1, which on a 2-core CI machine means one: the
  // whole suite in band on one core while the other idles (the main process only gathers results).
  maxWorkers: "100%",
  // Files marked @long-running start first even on a fresh clone's cold cache (the file says why).
  testSequencer: "<rootDir>/test/support/longRunningFirst.cjs",
  // Load packages' CommonJS builds under jsdom (sinon, used by the PCF mock, ships a browser ESM build).
  testEnvironmentOptions: { customExportConditions: ["node", "require", "default"] },
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  setupFilesAfterEnv: ["<rootDir>/test/support/setupTests.ts"],
  // Transpile each file on its own (types are checked by `npm run typecheck`): sucrase strips types,
  // compiles JSX for React 16 and hoists jest.mock, in pure JavaScript and far faster than tsc.
  // stream-json and stream-chain ship ES modules only: sucrase turns them into CommonJS like the
  // project's own files, so the JSON reader (plugins-shim/cli) is tested in-process.
  transform: { "^.+\\.tsx?$": "@sucrase/jest-plugin", "/node_modules/stream-(json|chain)/.+\\.js$": "@sucrase/jest-plugin" },
  transformIgnorePatterns: ["/node_modules/(?!stream-(json|chain)/)"],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // @fluentui/react-components as one pre-bundled file (test/support/fluentBundle.cjs says why and
  // how): each React test file loaded its ~1,500 modules through jest's registry anew. globalSetup
  // builds the file when this version has none yet.
  globalSetup: "<rootDir>/test/support/fluentBundle.cjs",
  moduleNameMapper: { "^@fluentui/react-components$": fluentBundlePath() },
};
