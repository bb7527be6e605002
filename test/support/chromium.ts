/**
 * Chromium through playwright-core for browser tests, screenshots, previews and benchmarks.
 *
 * Which browser: `SCC_CHROMIUM` (a Chromium or Chrome executable) when set — the way on macOS and
 * Windows, or to try another build; otherwise, on Linux, the headless Chromium that the
 * `@sparticuz/chromium` npm package ships inside itself (no apt, no browser download, no install
 * script: npm 11 may skip those). Its major (143) is the one playwright-core 1.57 drives; the two
 * are pinned together in package.json. Besides the C library it needs NSS, NSPR and expat, which
 * the package also ships (al2023.tar.br, meant for Amazon Linux): they are unpacked beside it and
 * put first on LD_LIBRARY_PATH, so a machine without Debian's chromium or libnss3 runs it too.
 * A fresh profile per launch, no background traffic.
 */
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress } from "node:zlib";
import { extract } from "tar-fs";
import { Browser, BrowserContext, chromium } from "playwright-core";

/** Environment variable naming the browser executable to use instead of the npm-shipped one. */
export const CHROMIUM_ENV = "SCC_CHROMIUM";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

let resolved: Promise<string> | undefined;

/** The package's bin/ folder: the brotli-compressed browser and its tarballs. */
const sparticuzBin = (): string => path.join(path.dirname(require.resolve("@sparticuz/chromium")), "..", "..", "bin");

/**
 * Unpacks the package's files ourselves rather than through its executablePath(): that one unpacks
 * into os.tmpdir() and returns any `chromium` already there, whatever its version. Here they go to
 * a private folder per process, renamed to a folder named after the package version: a shared,
 * atomic, version-true cache. Skips swiftshader.tar.br (WebGL; the tests run with --disable-gpu).
 */
async function unpackNpmChromium(): Promise<string> {
  if (process.platform !== "linux") {
    throw new Error(
      `The npm-shipped Chromium runs on Linux only: set ${CHROMIUM_ENV} to a Chromium or Chrome executable on ${process.platform}.`,
    );
  }
  // The package exports no ./package.json: read it beside the resolved entry (build/cjs/index.cjs).
  const packageJson = path.join(path.dirname(require.resolve("@sparticuz/chromium")), "..", "..", "package.json");
  const { version } = JSON.parse(readFileSync(packageJson, "utf8")) as { version: string };
  const cacheRoot = path.join(os.tmpdir(), "scc-chromium-cache");
  const target = path.join(cacheRoot, `sparticuz-${version}-${process.arch}`);
  const binary = path.join(target, "chromium");
  if (existsSync(binary)) return binary;

  mkdirSync(cacheRoot, { recursive: true });
  const staging = mkdtempSync(path.join(cacheRoot, "unpacking-"));
  const bin = sparticuzBin();
  const unbrotli = (file: string) => createReadStream(path.join(bin, file)).pipe(createBrotliDecompress());
  await pipeline(unbrotli("chromium.br"), createWriteStream(path.join(staging, "chromium"), { mode: 0o755 }));
  await pipeline(unbrotli("fonts.tar.br"), extract(path.join(staging, "fonts")));
  await pipeline(unbrotli("al2023.tar.br"), extract(path.join(staging, "al2023")));
  try {
    renameSync(staging, target);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another process got there first
  }
  if (!existsSync(binary)) throw new Error(`@sparticuz/chromium ${version} did not unpack a chromium binary into ${target}`);
  return binary;
}

/** The browser executable: SCC_CHROMIUM if set, else the npm-shipped Chromium (unpacked once). */
export function chromiumExecutable(): Promise<string> {
  const fromEnv = process.env[CHROMIUM_ENV];
  if (fromEnv) return Promise.resolve(fromEnv);
  resolved ??= unpackNpmChromium();
  return resolved;
}

/**
 * The npm-shipped Chromium's environment: its own NSS / NSPR / expat first; and, on a machine
 * without fontconfig setup (a bare container), the package's fonts.conf and fonts (Open Sans, no
 * CJK: Japanese shows as boxes in screenshots). A machine with fontconfig keeps its system fonts.
 */
function browserEnv(executable: string): NodeJS.ProcessEnv | undefined {
  if (process.env[CHROMIUM_ENV]) return undefined;
  const dir = path.dirname(executable);
  const libraries = [path.join(dir, "al2023", "lib"), process.env.LD_LIBRARY_PATH].filter(Boolean).join(":");
  const fonts = existsSync("/etc/fonts/fonts.conf") ? {} : { FONTCONFIG_PATH: path.join(dir, "fonts") };
  // Without a locale in the environment (LANG unset, C or POSIX, as in CI) this build reports
  // navigator.language "en-US@posix", which pcf-start's harness rejects (E_Unsupported_Locale)
  // and then renders nothing; Debian's launcher script sets one.
  const locale = /^(C|POSIX)?(\.|$)/.test(process.env.LC_ALL || process.env.LANG || "")
    ? { LANG: "en_US.UTF-8", LC_ALL: "en_US.UTF-8" }
    : {};
  return { ...process.env, LD_LIBRARY_PATH: libraries, ...fonts, ...locale };
}

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A persistent context on a throwaway user-data-dir (removed on close). */
export async function launchChromium(options: { width?: number; height?: number } = {}): Promise<LaunchedBrowser> {
  const executablePath = await chromiumExecutable();
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "scc-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    env: browserEnv(executablePath),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A plain browser (previews, benchmarks): pages get their own viewport. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = await chromiumExecutable();
  return chromium.launch({ executablePath, env: browserEnv(executablePath), headless: true, args: CHROMIUM_ARGS });
}
