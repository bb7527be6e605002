/**
 * `npm test`: lint, type-check and the bundle-size budgets side by side (each is one thread and
 * reads only), then the unit / component tests (jest), then the browser tests. On 2 cores the
 * first three take about as long as the slowest of them. Each check's output is printed whole when
 * it ends, so parallel checks don't interleave; the first failing phase stops the run (exit 1).
 */
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

interface Check {
  title: string;
  args: string[];
}

function run(check: Check, capture: boolean): Promise<boolean> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(npm, check.args, { cwd: root, stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit", shell: process.platform === "win32" });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) => {
      if (capture) process.stdout.write(output);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(code === 0 ? `✔ ${check.title} (${seconds} s)` : `✖ ${check.title} failed (exit ${code}, ${seconds} s)`);
      resolve(code === 0);
    });
  });
}

async function phase(checks: Check[]): Promise<void> {
  const capture = checks.length > 1;
  for (const check of checks) console.log(`\n▶ ${check.title}`);
  const results = await Promise.all(checks.map((check) => run(check, capture)));
  if (results.includes(false)) process.exit(1);
}

async function main(): Promise<void> {
  await phase([
    { title: "Lint (npm run lint)", args: ["run", "--silent", "lint"] },
    { title: "Type-check (npm run typecheck)", args: ["run", "--silent", "typecheck"] },
    { title: "Bundle sizes against their budgets (npm run bench:size)", args: ["run", "--silent", "bench:size"] },
  ]);
  await phase([{ title: "Unit and component tests (npm run test:unit)", args: ["run", "--silent", "test:unit"] }]);
  await phase([{ title: "Browser tests (npm run test:e2e)", args: ["run", "--silent", "test:e2e"] }]);
}

void main();
