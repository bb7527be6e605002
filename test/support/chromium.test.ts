/** @jest-environment node */
import { accessSync, constants } from "node:fs";
import { CHROMIUM_ENV, chromiumExecutable } from "./chromium";

/** Which browser the browser tests, screenshots and benchmarks launch (test/support/chromium.ts). */
describe("chromiumExecutable", () => {
  const saved = process.env[CHROMIUM_ENV];
  afterEach(() => {
    if (saved === undefined) delete process.env[CHROMIUM_ENV];
    else process.env[CHROMIUM_ENV] = saved;
  });

  it(`uses ${CHROMIUM_ENV} when it is set`, async () => {
    process.env[CHROMIUM_ENV] = "/opt/some/chrome";
    await expect(chromiumExecutable()).resolves.toBe("/opt/some/chrome");
  });

  // The package ships Linux builds only; elsewhere SCC_CHROMIUM is the way (README).
  (process.platform === "linux" ? it : it.skip)(
    "otherwise unpacks the npm-shipped Chromium into a folder named after its version, never a system browser",
    async () => {
      delete process.env[CHROMIUM_ENV];
      const executable = await chromiumExecutable();
      expect(executable).toMatch(/scc-chromium-cache\/sparticuz-143\.\d+\.\d+-(x64|arm64)\/chromium$/);
      expect(executable.startsWith("/usr/")).toBe(false);
      expect(() => accessSync(executable, constants.X_OK)).not.toThrow();
    },
    120000,
  );
});
