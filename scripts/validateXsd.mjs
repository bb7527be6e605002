/**
 * `node scripts/validateXsd.mjs <schema.xsd> <file.xml>`: XML Schema validation with libxml2
 * compiled to WebAssembly (the libxml2-wasm npm package), so no system xmllint is needed.
 * Prints "<file> validates" and exits 0, or one line per error and exits 1; 2 on bad usage or a
 * schema that does not compile. A plain ES module of its own because libxml2-wasm is ESM-only and
 * loads its WebAssembly with top-level await, which jest's CommonJS runtime cannot import.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { XmlDocument, XmlValidateError, XsdValidator } from "libxml2-wasm";
import { xmlRegisterFsInputProviders } from "libxml2-wasm/lib/nodejs.mjs";

const [schemaFile, xmlFile] = process.argv.slice(2);
if (!schemaFile || !xmlFile) {
  console.error("Usage: node scripts/validateXsd.mjs <schema.xsd> <file.xml>");
  process.exit(2);
}

// xs:include / xs:import resolve relative to the schema's URL through these file providers.
xmlRegisterFsInputProviders();
const parse = (file) => XmlDocument.fromBuffer(readFileSync(file), { url: pathToFileURL(path.resolve(file)).href });

let validator;
try {
  const schema = parse(schemaFile);
  validator = XsdValidator.fromDoc(schema);
  schema.dispose();
} catch (error) {
  console.error(`${schemaFile} does not compile: ${error.message}`);
  process.exit(2);
}

const document = parse(xmlFile);
try {
  validator.validate(document);
  console.log(`${xmlFile} validates`);
} catch (error) {
  if (!(error instanceof XmlValidateError)) throw error;
  for (const detail of error.details) console.log(`${xmlFile}:${detail.line}: Schemas validity error: ${detail.message.trim()}`);
  process.exitCode = 1;
} finally {
  document.dispose();
  validator.dispose();
}
