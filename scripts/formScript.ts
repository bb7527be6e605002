import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildSync } from "esbuild";
import { FORM_SCRIPT_OUTPUT } from "../solution/definition";
import { FORM_SCRIPT_GLOBAL } from "../plugins-shim/solutionNames/webResourceNames";
import { GZIP_BUDGETS, webResourceBudgetName } from "./budgets";
import { BROWSER_BUILD_OPTIONS } from "./esbuildOptions";

export const FORM_SCRIPT_ENTRY = "plugins-shim/webresource/index.ts";
/** The script every form load downloads: its entry in the one budget table, which `npm run bench:size` reads too. */
export const FORM_SCRIPT_BUDGET = GZIP_BUDGETS[webResourceBudgetName(path.basename(FORM_SCRIPT_OUTPUT))];

export interface FormScriptBuild {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * Bundles the form handlers into one minified IIFE whose only global is
 * `SocialChannelControls.Forms` (esbuild creates the nested namespace object).
 */
export function buildFormScript(root: string, outfile = path.join(root, FORM_SCRIPT_OUTPUT)): FormScriptBuild {
  mkdirSync(path.dirname(outfile), { recursive: true });
  buildSync({
    ...BROWSER_BUILD_OPTIONS,
    absWorkingDir: root,
    entryPoints: [path.join(root, FORM_SCRIPT_ENTRY)],
    outfile,
    globalName: FORM_SCRIPT_GLOBAL,
  });
  const content = readFileSync(outfile);
  const gzipBytes = gzipSync(content, { level: 9 }).length;
  if (gzipBytes > FORM_SCRIPT_BUDGET.limit) {
    throw new Error(`${outfile} is ${gzipBytes} bytes gzipped, over the ${FORM_SCRIPT_BUDGET.limit}-byte budget (scripts/budgets.ts)`);
  }
  return { file: outfile, bytes: content.length, gzipBytes };
}
