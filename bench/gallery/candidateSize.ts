/**
 * `npx tsx bench/gallery/candidateSize.ts <folder> <package:export,export> ...`: the gzip size of
 * a virtualizer candidate bundled alone, as the controls are (scripts/esbuildOptions.ts options,
 * React and React DOM external), and whether it imports react-dom (pcf-scripts would bundle it).
 * The candidates are installed in a scratch folder, not in this project:
 *   npm install --prefix /tmp/virt-scratch --legacy-peer-deps virtua@0.54.2 react-window@1.8.11
 *   npx tsx bench/gallery/candidateSize.ts /tmp/virt-scratch virtua:VList,Virtualizer react-window:VariableSizeList
 */
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { BROWSER_BUILD_OPTIONS } from "../../scripts/esbuildOptions";

async function main(): Promise<void> {
  const [folder, ...candidates] = process.argv.slice(2);
  for (const candidate of candidates) {
    const [name, exports] = candidate.split(":");
    const result = await build({
      ...BROWSER_BUILD_OPTIONS,
      write: false,
      stdin: { contents: `export { ${exports} } from "${name}";`, resolveDir: folder, loader: "ts" },
      external: ["react", "react-dom"],
      metafile: true,
      logLevel: "error",
    });
    const code = result.outputFiles[0].contents;
    const reactDom = Object.values(result.metafile.inputs).some((input) => input.imports.some((item) => item.path === "react-dom"));
    console.log(`${candidate}: ${code.length} B, ${gzipSync(code, { level: 9 }).length} B gzip${reactDom ? ", imports react-dom" : ""}`);
  }
}

void main();
