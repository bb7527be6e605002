/** @jest-environment node */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * server/ is Node-only (node:http, node:crypto, the Node connection): no file a bundle or the
 * form script compiles imports it, tsconfig.json (what bundles compile) leaves it out and
 * tsconfig.all.json type-checks it (docs/architecture.md, Folders).
 */
const root = path.resolve(__dirname, "../..");
const read = (name: string) => JSON.parse(readFileSync(path.join(root, name), "utf8")) as { include: string[] };

it("no shipped source imports server/", () => {
  const shipped = [...read("tsconfig.json").include, "plugins-shim/webresource"];
  const offenders = shipped
    .flatMap((folder) =>
      readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" })
        .filter((file) => /\.tsx?$/.test(file))
        .map((file) => path.join(folder, file)),
    )
    .filter((file) => /from\s+["'](?:\.\.\/)+server\b/.test(readFileSync(path.join(root, file), "utf8")));
  expect(offenders).toEqual([]);
});

it("tsconfig.json leaves server/ out; tsconfig.all.json type-checks it", () => {
  expect(read("tsconfig.json").include).not.toContain("server");
  expect(read("tsconfig.all.json").include).toContain("server");
});
