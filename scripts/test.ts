/**
 * `npm test`: three lanes side by side, each check's output printed whole when it ends, so parallel
 * checks don't interleave; the run exits 1 when any check failed.
 * - the unit / component tests (jest, one worker per core): the longest lane, so it starts first;
 * - lint, type-check and the bundle-size budgets, one after another: each is one thread and reads
 *   only, and in one lane they take one core's share instead of three beside the jest workers;
 * - the browser tests, which spend most of their time waiting on Chromium, the harness and the
 *   playground server rather than computing, so on 2 cores they fit beside the others.
 * docs/ci.md has the measurements behind this order.
 */
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

interface Check {
  title: string;
  args: string[];
}

const runStarted = Date.now();
const elapsed = () => `${Math.round((Date.now() - runStarted) / 1000)} s into npm test`;

function run(check: Check): Promise<boolean> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(npm, check.args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], shell: process.platform === "win32" });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) => {
      process.stdout.write(output);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        code === 0 ? `✔ ${check.title} (${seconds} s; ${elapsed()})` : `✖ ${check.title} failed (exit ${code}, ${seconds} s; ${elapsed()})`,
      );
      resolve(code === 0);
    });
  });
}

/** Checks one after another, every one of them even after a failure (each reports its own). */
async function lane(checks: Check[]): Promise<boolean> {
  let passed = true;
  for (const check of checks) {
    console.log(`\n▶ ${check.title} (${elapsed()})`);
    if (!(await run(check))) passed = false;
  }
  return passed;
}

async function main(): Promise<void> {
  const results = await Promise.all([
    lane([{ title: "Unit and component tests (npm run test:unit)", args: ["run", "--silent", "test:unit"] }]),
    lane([
      { title: "Lint (npm run lint)", args: ["run", "--silent", "lint"] },
      { title: "Type-check (npm run typecheck)", args: ["run", "--silent", "typecheck"] },
      { title: "Bundle sizes against their budgets (npm run bench:size)", args: ["run", "--silent", "bench:size"] },
    ]),
    lane([{ title: "Browser tests (npm run test:e2e)", args: ["run", "--silent", "test:e2e"] }]),
  ]);
  console.log(`\n${results.includes(false) ? "✖ npm test failed" : "✔ npm test passed"} (${elapsed()})`);
  if (results.includes(false)) process.exit(1);
}

void main();
