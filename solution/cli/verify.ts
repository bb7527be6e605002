/**
 * `npm run verify [-- --previous <dir>]`: checks out/solution/*.zip against the project's rules;
 * with --previous, also that each zip upgrades the same-named zip of the last release in <dir>.
 */
import path from "node:path";
import { verifyStep } from "../commands";

const root = path.resolve(__dirname, "../..");
console.log("▶ Verify the solution zips");
const flag = process.argv.indexOf("--previous");
const previousDir = flag >= 0 ? process.argv[flag + 1] : undefined;
if (flag >= 0 && !previousDir) {
  console.error("✖ --previous needs the folder that holds the last release's zips");
  process.exit(1);
}
if (!verifyStep(root, previousDir && path.resolve(previousDir))) {
  console.error("✖ solution verification failed");
  process.exit(1);
}
console.log("✔ Verify the solution zips");
