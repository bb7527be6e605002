import type { TableMetadata } from "../schema/types";
import { Diagnostic, diagnostic } from "./diagnostics";
import { guidOrUndefined } from "./guid";

/**
 * What must be unique among a table's records, and when two values are the same: the one rule
 * that the in-memory organization (refusing the second create or seed) and `validate` (reporting
 * the second record of a file, naming the first) both apply.
 *
 * - The primary id: two rows can't share it (a create with an id that exists is refused as a
 *   duplicate record, 0x80040237, "Web service error codes"); ids compare as GUIDs (case, braces).
 * - WhatsApp accounts: the name is the record's key (this project's rule, which the wizard checks
 *   before a create or rename; a real organization enforces it only with an alternate key,
 *   0x80060892, or a duplicate-detection rule) and the Account SID is matched by a
 *   duplicate-detection rule (0x80040333). Text compares without letter case (Dataverse compares
 *   text case-insensitively, as `eq` does in the Web API) and without the spaces around it (SQL
 *   Server ignores trailing spaces in `=`; the wizard and the pipeline trim before saving).
 *   Blank values never clash.
 */

export type UniqueRule = "key" | "duplicateDetection";

export interface UniqueColumns {
  columns: readonly string[];
  rule: UniqueRule;
}

export const UNIQUE_COLUMNS: Readonly<Record<string, readonly UniqueColumns[]>> = {
  msdyn_ocwhatsappchannelaccount: [
    { columns: ["msdyn_name"], rule: "key" },
    { columns: ["msdyn_provideraccountid"], rule: "duplicateDetection" },
  ],
};

/** Two WhatsApp account names (or any unique text) are the same: case and surrounding spaces aside. */
export const sameTextKey = (text: string): string => text.trim().toLowerCase();

/** The compared form of `columns` in `record`, or undefined when one of them is blank (blank never clashes). */
export function uniqueValueOf(record: Readonly<Record<string, unknown>>, columns: readonly string[]): string | undefined {
  const parts: string[] = [];
  for (const column of columns) {
    const value = record[column];
    if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return undefined;
    parts.push(typeof value === "string" ? sameTextKey(value) : JSON.stringify(value));
  }
  return JSON.stringify(parts);
}

/**
 * The records of one file, as `validate` reads them: each record's unique values are compared with
 * those of the records before it. Memory grows with the distinct unique values of the file (a
 * profile file without ids keeps nothing).
 */
export class UniqueValuesSeen {
  private readonly seen = new Map<string, number>();

  constructor(private readonly metadata: TableMetadata) {}

  /** The clashes of `record` (at `index`) with the records added before it; then remembers it. */
  add(record: Readonly<Record<string, unknown>>, index: number): Diagnostic[] {
    const found: Diagnostic[] = [];
    const idColumn = this.metadata.primaryIdAttribute;
    const id = guidOrUndefined(record[idColumn]);
    const values: [string, string][] = id ? [[idColumn, JSON.stringify([idColumn, id])]] : [];
    for (const { columns } of UNIQUE_COLUMNS[this.metadata.logicalName] ?? []) {
      const value = uniqueValueOf(record, columns);
      if (value !== undefined) values.push([columns.join(", "), JSON.stringify([columns, value])]);
    }
    for (const [column, key] of values) {
      const earlier = this.seen.get(key);
      if (earlier === undefined) this.seen.set(key, index);
      else found.push(diagnostic(column, "duplicate", { index: earlier }, "validation.duplicateInFile"));
    }
    return found;
  }
}
