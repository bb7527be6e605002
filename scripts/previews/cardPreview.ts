/**
 * Renders the form designer's preview image (img/preview.png) from the real card: the shared
 * ProfileCard view with the English strings, bundled with esbuild and photographed in headless
 * Chromium. Run after changing the card's look:
 *   npx tsx scripts/previews/cardPreview.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { loadStrings } from "../../plugins-shim/strings/resx";
import path from "node:path";
import { build } from "esbuild";
import { BROWSER_BUILD_OPTIONS } from "../esbuildOptions";
import { launchBrowser } from "../../test/support/chromium";

const controlDir = path.resolve(__dirname, "../../controls/SocialProfileCard");
const outputPath = path.join(controlDir, "img/preview.png");

const englishStrings = (): Readonly<Record<string, string>> => loadStrings(1033);

/** A fictional profile that shows every part of the card. */
const ENTRY = `
import * as React from "react";
import * as ReactDOM from "react-dom";
import { webLightTheme } from "@fluentui/react-components";
import { ProfileCard } from "../../controls/common/ProfileCard";
import { ThemeRoot } from "../../controls/common/ThemeRoot";
import { Community } from "../../controls/common/schemaImports";
import { requestCommunityMarks } from "../../controls/common/communityMarks";
import { withCommunityMarks } from "../../controls/common/communityMarksContext";

const strings = (window as any).__STRINGS__ as Record<string, string>;
// The brand marks' image resource, handed over as a host does (base64).
const marks = requestCommunityMarks({ getResource: (_id, success) => success((window as any).__MARKS__) });
const profile = {
  profileName: "ada_contoso", fullName: "Ada Lindqvist", community: Community.Twitter, communityFormatted: null,
  followerCount: 12345, followingCount: 678, friendCount: 1234567, influenceScore: 72.5, optOut: false,
  phoneNumber: "+1 425 555 0100", profileImageLink: null, profileLink: "https://x.com/ada_contoso",
  twitterHandle: "@ada_contoso", weChatOpenId: null, appleMessagesSourceId: null, blocked: false, state: 0,
};
ReactDOM.render(withCommunityMarks(marks,
  <ThemeRoot theme={webLightTheme} dir="ltr">
    <div id="shot" style={{ width: 360, padding: 12 }}>
      <ProfileCard profile={profile} getString={(key) => strings[key] ?? key} locale="en-US"
        counts={["followers", "following", "friends"]} layout="full" optOutLock={null} onOptOutChange={() => undefined} />
    </div>
  </ThemeRoot>),
  document.getElementById("root"),
);
`;

async function main(): Promise<void> {
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: __dirname, loader: "tsx", sourcefile: "preview-entry.tsx" },
    ...BROWSER_BUILD_OPTIONS,
    write: false,
  });
  const script = bundle.outputFiles[0].text;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#fff"><div id="root"></div>
<script>window.__STRINGS__ = ${JSON.stringify(englishStrings())};
window.__MARKS__ = ${JSON.stringify(readFileSync(path.resolve(controlDir, "../common/img/communityMarks.svg")).toString("base64"))};</script>
<script>${script.replace(/<\/script/gi, "<\\/script")}</script></body></html>`;

  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 400, height: 600 }, deviceScaleFactor: 1 });
    await page.setContent(html, { waitUntil: "load" });
    const shot = page.locator("#shot");
    await shot.waitFor();
    writeFileSync(outputPath, await shot.screenshot());
    console.log(`wrote ${path.relative(process.cwd(), outputPath)}`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
