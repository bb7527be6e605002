import {
  connect,
  ConnectOptions,
  loadTableDefinition,
  metadataDifferences,
  OrgTableDefinition,
  readOrgTableDefinition,
  resolveOrg,
  saveTableDefinition,
  tableFromMetadata,
} from "../../dataverse-node";
import type { OrgFlags } from "./orgFlags";
import { getTable, TableMetadata } from "../schema";
import { UsageError } from "./usage";

/**
 * `validate --org` and `--metadata FILE` (flags: orgFlags.ts): the table's metadata read from an
 * org (or from a file saved earlier), so records are judged by that org's columns, lengths and choices. Without
 * either flag nothing of this runs and `validate` judges by the shipped schema, as before.
 *
 * - `--org URL` (or `--org` alone with DATAVERSE_URL set): read the metadata from the org; with
 *   `--metadata FILE` too, save it there.
 * - `--metadata FILE` without `--org`: read the saved metadata, offline.
 * - `--sign-in KIND`: device-code (default), environment, azure-cli, managed-identity.
 */

export interface OrgTableIo {
  env: Readonly<Record<string, string | undefined>>;
  /** stderr: the differences, the device code's instructions, retries. */
  note: (line: string) => void;
  /** Tests pass a credential double here; the CLI passes nothing. */
  connection?: Partial<ConnectOptions>;
}

/** The metadata to judge by: undefined when neither flag asks for the org's. */
export async function orgTable(table: string, flags: OrgFlags, io: OrgTableIo): Promise<TableMetadata | undefined> {
  if (flags.org === undefined && flags.metadata === undefined) return undefined;
  const shipped = getTable(table);
  if (!shipped) throw new UsageError(`Unknown table "${table}".`);
  let definition: OrgTableDefinition;
  if (flags.org !== undefined) {
    const named = flags.org === true ? undefined : flags.org;
    const target = resolveOrg(named, io.env);
    if (!target) throw new UsageError("--org needs an address: --org https://<org>.crm.dynamics.com, or set DATAVERSE_URL.");
    const { client, org } = connect({
      org: target.origin,
      env: io.env,
      signIn: flags.signIn,
      prompt: io.note,
      log: io.note,
      ...io.connection,
    });
    definition = await readOrgTableDefinition(client, org.origin, table);
    if (flags.metadata) await saveTableDefinition(flags.metadata, definition);
  } else {
    definition = await loadTableDefinition(flags.metadata!, table).catch((reason: unknown) => {
      throw new UsageError(reason instanceof Error ? reason.message : String(reason));
    });
  }
  const judged = tableFromMetadata(definition, shipped);
  const differences = metadataDifferences(shipped, judged);
  const source = `${definition.org}, read ${definition.retrievedOn}`;
  io.note(
    differences.length === 0
      ? `Judged by the org's metadata of ${table} (${source}): no difference from the shipped schema.`
      : [
          `Judged by the org's metadata of ${table} (${source}); differences from the shipped schema:`,
          ...differences.map((line) => `  ${line}`),
        ].join("\n"),
  );
  return judged;
}
