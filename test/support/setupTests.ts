/**
 * jest's setup for every test file (jest.config.js). All of it serves the DOM: jest-dom's and
 * jest-axe's matchers, what jsdom lacks, act() around user-event (setupDom.ts). Files in the node
 * environment (most of them: `@jest-environment node`) use none of it, and loading it cost each
 * about 0.3 s of CPU (docs/ci.md), so it is loaded only where there is a document.
 */
if (typeof document !== "undefined") jest.requireActual("./setupDom");
