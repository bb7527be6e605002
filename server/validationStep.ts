import { validateRecord } from "../plugins-shim/rules";
import { ownColumn } from "../plugins-shim/rules/recordChecks";
import type { Diagnostic } from "../plugins-shim/rules";
import { getTable } from "../plugins-shim/schema";
import { VALIDATED_TABLES } from "../plugins-shim/pipeline";
import { firstImage, Mode, RemoteContext, Stage, targetOf } from "./remoteContext";
import { toWebRecord } from "./webRecord";

/**
 * The synchronous PreValidation step on Create and Update of the validated tables: the same
 * validateRecord as the forms, the controls and the pipeline shim's validationStep, on the target
 * merged over the pre-image (an Update's target holds only the columns it changes).
 *
 * Unlike the shim's step, a webhook can't change the target (Dataverse reads only the status
 * code), so pattern columns are judged as sent, not trimmed: what is stored is what was judged.
 */

export type Verdict =
  | { valid: true; skipped: string[] }
  | { valid: false; reason: "invalid"; diagnostics: Diagnostic[]; skipped: string[] }
  | { valid: false; reason: "notJudged"; message: string };

export const isValidationContext = (context: RemoteContext): boolean =>
  (VALIDATED_TABLES as readonly string[]).includes(context.primaryEntityName) &&
  (context.messageName === "Create" || context.messageName === "Update") &&
  context.stage === Stage.PreValidation &&
  context.mode === Mode.Synchronous;

export function judgeContext(context: RemoteContext): Verdict {
  const table = context.primaryEntityName;
  const metadata = getTable(table)!;
  const target = targetOf(context);
  // Over 256 KB the target is gone, and in PreValidation the row isn't written yet: nothing to read
  // instead. Failing closed keeps this the last line of defence (docs/admin.md says so).
  if (!target) return { valid: false, reason: "notJudged", message: "The context carries no Target: the record can't be judged." };
  const written = toWebRecord(metadata, target.attributes);
  if (context.messageName === "Create") {
    const diagnostics = validateRecord(metadata, written.record, { operation: "create" });
    return verdict(diagnostics, written.skipped);
  }
  // Merged by logical name, before the Web API shape: a customer lookup changing table keeps one key.
  const image = firstImage(context.preEntityImages)?.attributes ?? {};
  // Create-only columns come from the stored row, not from this write: only the target may not set them.
  const stored = Object.fromEntries(Object.entries(image).filter(([name]) => !ownColumn(metadata, name)?.createOnly));
  const merged = toWebRecord(metadata, { ...stored, ...target.attributes }).record;
  const diagnostics = validateRecord(metadata, merged, { operation: "update" });
  return verdict(diagnostics, written.skipped);
}

const verdict = (diagnostics: Diagnostic[], skipped: string[]): Verdict =>
  diagnostics.length === 0 ? { valid: true, skipped } : { valid: false, reason: "invalid", diagnostics, skipped };
