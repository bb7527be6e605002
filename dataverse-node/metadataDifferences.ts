import type { ColumnMetadata, TableMetadata } from "../plugins-shim/schema";

/**
 * How the org's table differs from the schema the project ships (plugins-shim/schema), in lines
 * an admin reads once before the results: what is judged differently because of their org.
 */
export function metadataDifferences(shipped: TableMetadata, org: TableMetadata): string[] {
  const lines: string[] = [];
  const onlyInOrg: string[] = [];
  for (const column of Object.values(org.columns)) {
    const own = shipped.columns[column.logicalName];
    if (!own) onlyInOrg.push(column.logicalName);
    else lines.push(...columnDifferences(own, column));
  }
  for (const name of Object.keys(shipped.columns)) {
    if (!org.columns[name]) lines.push(`${name}: not in the org (a record that sets it will be refused)`);
  }
  if (onlyInOrg.length > 0) lines.push(`only in the org: ${onlyInOrg.sort().join(", ")}`);
  return lines;
}

function columnDifferences(own: ColumnMetadata, org: ColumnMetadata): string[] {
  const name = org.logicalName;
  if (own.type !== org.type) return [`${name}: type ${own.type} → ${org.type}`];
  const lines: string[] = [];
  for (const key of ["maxLength", "minValue", "maxValue", "precision", "requiredLevel"] as const) {
    if (own[key] !== org[key]) lines.push(`${name}: ${key} ${String(own[key] ?? "none")} → ${String(org[key] ?? "none")}`);
  }
  // A text column without a format is plain text.
  if (own.type === "string" && (own.format ?? "text") !== (org.format ?? "text"))
    lines.push(`${name}: format ${own.format ?? "text"} → ${org.format ?? "text"}`);
  if (!!own.notValidForCreate !== !!org.notValidForCreate)
    lines.push(`${name}: ${org.notValidForCreate ? "not valid" : "valid"} for create in the org`);
  if (!!own.createOnly !== !!org.createOnly) lines.push(`${name}: ${org.createOnly ? "set on create only" : "may be updated"} in the org`);
  const ownValues = new Set((own.choices ?? []).map((choice) => choice.value));
  const orgValues = new Set((org.choices ?? []).map((choice) => choice.value));
  for (const choice of org.choices ?? [])
    if (!ownValues.has(choice.value)) lines.push(`${name}: choice ${choice.value} (${choice.label}) only in the org`);
  for (const choice of own.choices ?? [])
    if (!orgValues.has(choice.value)) lines.push(`${name}: choice ${choice.value} (${choice.label}) not in the org`);
  const ownTargets = [...(own.targets ?? [])].sort().join(", ");
  const orgTargets = [...(org.targets ?? [])].sort().join(", ");
  if (ownTargets !== orgTargets) lines.push(`${name}: targets ${ownTargets || "none"} → ${orgTargets || "none"}`);
  return lines;
}
