import { XMLParser, XMLValidator } from "fast-xml-parser";
import { getTable } from "../../plugins-shim/schema";
import { ComponentType } from "../xml/solutionXml";
import type { Report } from "./problem";
import { MissingDependency, text, WebResourceDoc } from "./solutionDocs";

/** Solution component types a dependency of this solution may name: a table or a column. */
const ENTITY = String(ComponentType.Entity);
const ATTRIBUTE = String(ComponentType.Attribute);

const dependencyParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["Dependency", "Library", "Attribute"].includes(name),
});

interface DependencyXmlDoc {
  Dependencies?: {
    Dependency?: {
      "@componentType"?: string;
      Library?: { "@name"?: string; "@languagecode"?: string }[];
      Attribute?: { "@attributeName"?: string; "@entityName"?: string }[];
    }[];
  };
}

/** Why a table/column pair is unknown to plugins-shim/schema, or undefined when both exist there. */
function unknownColumn(table: string, column: string | undefined): string | undefined {
  const metadata = getTable(table);
  if (!metadata) return `table "${table}" is not in plugins-shim/schema`;
  if (column !== undefined && !Object.prototype.hasOwnProperty.call(metadata.columns, column)) {
    return `column "${table}.${column}" is not in plugins-shim/schema`;
  }
  return undefined;
}

/**
 * Every `<Library>` in a web resource's DependencyXml must name a web resource of this zip (import
 * fails on a library it can't find), with that resource's language; any `<Attribute>` must name a
 * column the project's schema knows: one wrong logical name would block every import everywhere.
 */
export function checkDependencyXml(resources: readonly WebResourceDoc[], report: Report): void {
  const byName = new Map(resources.map((resource) => [text(resource.Name).toLowerCase(), resource]));
  for (const resource of resources) {
    const name = text(resource.Name);
    const xml = text(resource.DependencyXml);
    if (!xml) continue;
    const valid = XMLValidator.validate(xml);
    if (valid !== true) {
      report("dependency", `web resource ${name}: DependencyXml is not well-formed XML: ${valid.err.msg}`);
      continue;
    }
    const groups = (dependencyParser.parse(xml) as DependencyXmlDoc).Dependencies?.Dependency ?? [];
    for (const group of groups) {
      for (const library of group.Library ?? []) {
        const target = byName.get(text(library["@name"]).toLowerCase());
        if (!target) {
          report("dependency", `web resource ${name}: DependencyXml library "${text(library["@name"])}" is not a web resource in this zip`);
          continue;
        }
        const language = text(library["@languagecode"]);
        if (language !== text(target.LanguageCode)) {
          report(
            "dependency",
            `web resource ${name}: library ${text(target.Name)} has languagecode "${language}" but the web resource's LanguageCode is "${text(target.LanguageCode)}"`,
          );
        }
      }
      for (const attribute of group.Attribute ?? []) {
        const why = unknownColumn(text(attribute["@entityName"]), text(attribute["@attributeName"]));
        if (why) report("dependency", `web resource ${name}: DependencyXml attribute: ${why}`);
      }
    }
  }
}

/**
 * MissingDependencies: each required table or column must exist in plugins-shim/schema (the
 * tables this project knows), and each dependent must be a root component of this solution.
 */
export function checkMissingDependencies(dependencies: readonly MissingDependency[], rootKeys: ReadonlySet<string>, report: Report): void {
  for (const dependency of dependencies) {
    const required = dependency.Required ?? {};
    const type = text(required["@type"]);
    const schemaName = text(required["@schemaName"]);
    let why: string | undefined;
    if (type === ENTITY) why = unknownColumn(schemaName, undefined);
    else if (type === ATTRIBUTE) why = unknownColumn(text(required["@parentSchemaName"]), schemaName);
    else why = `component type "${type}" (${schemaName}) is neither a table (1) nor a column (2)`;
    if (why) report("missing-dependency", `MissingDependencies: ${why}`);

    const dependent = dependency.Dependent ?? {};
    const key = `${text(dependent["@type"])}:${text(dependent["@schemaName"]).toLowerCase()}`;
    if (!rootKeys.has(key)) {
      report(
        "missing-dependency",
        `MissingDependencies: dependent ${text(dependent["@schemaName"]) || "(none)"} (type ${text(dependent["@type"])}) is not a root component of this solution`,
      );
    }
  }
}
