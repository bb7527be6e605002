/** `npm run verify`: checks out/solution/*.zip against the project's rules. */
import path from "node:path";
import { verifyStep } from "../commands";

const root = path.resolve(__dirname, "../..");
console.log("▶ Verify the solution zips");
if (!verifyStep(root)) {
  console.error("✖ solution verification failed");
  process.exit(1);
}
console.log("✔ Verify the solution zips");
