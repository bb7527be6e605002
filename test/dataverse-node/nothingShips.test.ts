/** @jest-environment node */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The Node connection and the Web API double stay out of what ships: no file that a bundle or
 * the form script compiles (the folders tsconfig.json includes, and plugins-shim/webresource)
 * imports them, and tsconfig.json does not include them. (The Node commands in plugins-shim/cli
 * may use the connection; nothing ships them.) "A fake is a claim about the platform … Fakes never ship."
 */
const root = path.resolve(__dirname, "../..");

function sources(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !file.includes("node_modules"))
    .map((file) => path.join(folder, file));
}

it("no shipped source imports dataverse-node/ or simulator/", () => {
  const shipped = [
    ...(JSON.parse(readFileSync(path.join(root, "tsconfig.json"), "utf8")) as { include: string[] }).include,
    "plugins-shim/webresource",
  ];
  expect(shipped).toEqual(expect.arrayContaining(["controls", "plugins-shim/client"]));
  const offenders = shipped
    .flatMap(sources)
    .filter((file) => /from\s+["'][./]*(?:\.\.\/)+(?:dataverse-node|simulator)\b/.test(readFileSync(path.join(root, file), "utf8")));
  expect(offenders).toEqual([]);
});

it("tsconfig.json (the bundles' compile) leaves them out; tsconfig.all.json type-checks them", () => {
  const read = (name: string) => JSON.parse(readFileSync(path.join(root, name), "utf8")) as { include: string[] };
  expect(read("tsconfig.json").include).not.toEqual(expect.arrayContaining(["dataverse-node"]));
  expect(read("tsconfig.json").include).not.toEqual(expect.arrayContaining(["simulator"]));
  expect(read("tsconfig.all.json").include).toEqual(expect.arrayContaining(["dataverse-node", "simulator"]));
});
