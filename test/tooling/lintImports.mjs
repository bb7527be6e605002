// Runs the project's ESLint config (eslint.config.mjs) through ESLint's Node API with only the
// import rules on, for test/tooling/boundaries.test.ts. A separate process because ESLint loads its
// flat config with a dynamic import(), which jest's module sandbox does not run.
// stdin: { texts?: [{ filePath, code }], files?: [path or glob] }; stdout: [{ filePath, messages }].
import { readFileSync } from "node:fs";
import { ESLint } from "eslint";

const IMPORT_RULES = new Set(["import-x/no-restricted-paths", "import-x/no-cycle", "no-restricted-imports"]);
const job = JSON.parse(readFileSync(0, "utf8"));
const eslint = new ESLint({ cwd: process.cwd(), ruleFilter: ({ ruleId }) => IMPORT_RULES.has(ruleId) });

const results = [];
for (const { filePath, code } of job.texts ?? []) results.push(...(await eslint.lintText(code, { filePath })));
if (job.files?.length) results.push(...(await eslint.lintFiles(job.files)));
const brief = results.map(({ filePath, messages }) => ({
  filePath,
  messages: messages.map(({ ruleId, message, severity }) => ({ ruleId, message, severity })),
}));
process.stdout.write(JSON.stringify(brief));
