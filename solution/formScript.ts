import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildSync } from "esbuild";
import { FORM_SCRIPT_OUTPUT } from "./definition";
import { FORM_SCRIPT_GLOBAL } from "../plugins-shim/solutionNames/webResourceNames";

export const FORM_SCRIPT_ENTRY = "plugins-shim/webresource/index.ts";
/** The budget for a script every form load downloads. */
export const FORM_SCRIPT_GZIP_BUDGET = 10 * 1024;

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
    absWorkingDir: root,
    entryPoints: [path.join(root, FORM_SCRIPT_ENTRY)],
    outfile,
    bundle: true,
    format: "iife",
    globalName: FORM_SCRIPT_GLOBAL,
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    charset: "utf8",
    logLevel: "warning",
  });
  const content = readFileSync(outfile);
  const gzipBytes = gzipSync(content, { level: 9 }).length;
  if (gzipBytes > FORM_SCRIPT_GZIP_BUDGET) {
    throw new Error(`${outfile} is ${gzipBytes} bytes gzipped, over the ${FORM_SCRIPT_GZIP_BUDGET}-byte budget`);
  }
  return { file: outfile, bytes: content.length, gzipBytes };
}
