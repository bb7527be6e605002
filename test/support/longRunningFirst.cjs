/**
 * jest's order, except that test files marked `@long-running` in their leading docblock start first.
 *
 * Why: jest runs the longest files first only when its cache holds last run's durations; a fresh
 * clone (CI) has none, so it orders by file size (@jest/test-sequencer's sort()). The intake kill
 * test (10,000 posts in CI, a couple of minutes) is a small file, so it started last and ran alone
 * at the end while the other worker idled. Started first, it overlaps the rest of the suite.
 */
const { readFileSync } = require("node:fs");
const Sequencer = require("@jest/test-sequencer").default;

const leadingDocblock = /^\s*\/\*\*[\s\S]*?\*\//;

function markedLongRunning(file) {
  const docblock = readFileSync(file, "utf8").match(leadingDocblock);
  return docblock !== null && /@long-running\b/.test(docblock[0]);
}

class LongRunningFirst extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const first = sorted.filter((test) => markedLongRunning(test.path));
    return [...first, ...sorted.filter((test) => !first.includes(test))];
  }
}

module.exports = LongRunningFirst;
