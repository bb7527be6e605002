/** @jest-environment node */
/**
 * Facts the code cites live in the repository (issue 25, item 4): every
 * `docs/platform-facts.md#<anchor>` cited anywhere in the tree names a heading of that file, and
 * no file points outside the repository to the shared folder the facts came from.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const FACTS = "docs/platform-facts.md";

/**
 * The anchor GitHub gives a Markdown heading (the rule of github-slugger, which github.com's
 * renderer follows): lower case, every character but letters, marks, digits, connector
 * punctuation (`_`), spaces and hyphens dropped, spaces turned into hyphens; a repeated slug gets
 * `-1`, `-2`….
 */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const [, heading] of markdown.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
      .replace(/ /g, "-");
    let unique = slug;
    for (let n = 1; anchors.has(unique); n++) unique = `${slug}-${n}`;
    anchors.add(unique);
  }
  return anchors;
}

/** `platform-facts.md#<anchor>` citations (with or without `docs/`, as a Markdown link from docs/ spells it). */
const citedAnchors = (text: string): string[] => [...text.matchAll(/platform-facts\.md#([\p{L}\p{N}_-]+)/gu)].map((match) => match[1]);

/** The files of the tree: tracked, and untracked ones git does not ignore (what a commit would hold). */
function treeFiles(): string[] {
  const listed = spawnSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], { cwd: root, encoding: "utf8" });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  return [...new Set(listed.stdout.split("\0").filter(Boolean))].filter((file) => !/\.(png|svg|zip|xsd)$/i.test(file));
}

const read = (file: string): string => {
  try {
    return readFileSync(path.join(root, file), "utf8");
  } catch {
    return ""; // listed by git but deleted in the working tree
  }
};

describe("docs/platform-facts.md", () => {
  const anchors = headingAnchors(read(FACTS));
  const texts = treeFiles().map((file) => ({ file, text: read(file) }));

  it("reads headings as GitHub anchors them", () => {
    const sample = headingAnchors("## The PCF Web API (`context.webAPI`)\n### msdyn_x (seed 003)\n## Tables\n## Tables\n");
    expect([...sample]).toEqual(["the-pcf-web-api-contextwebapi", "msdyn_x-seed-003", "tables", "tables-1"]);
  });

  it("has a heading for every section cited in the code, the tests and the docs", () => {
    const citations = texts.flatMap(({ file, text }) => citedAnchors(text).map((anchor) => ({ file, anchor })));
    expect(citations.length).toBeGreaterThan(10);
    expect(citations.filter(({ anchor }) => !anchors.has(anchor))).toEqual([]);
  });

  it("would name a citation of a section it lacks", () => {
    // Spelt in two pieces so this file does not cite a missing section itself.
    const planted = citedAnchors("see docs/platform-facts" + ".md#no-such-section and docs/platform-facts" + ".md#tables");
    expect(planted.filter((anchor) => !anchors.has(anchor))).toEqual(["no-such-section"]);
  });

  it("is what files cite: none points to the shared folder outside the repository", () => {
    const outside = ["../" + "shared", "DATAVERSE-" + "FACTS"];
    const citing = texts
      .filter(({ file, text }) => file !== FACTS && outside.some((needle) => text.includes(needle)))
      .map(({ file }) => file);
    expect(citing).toEqual([]);
  });
});
