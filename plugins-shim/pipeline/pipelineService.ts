import { RecordData } from "../client";
import { getTable } from "../schema";
import { diagnostic } from "../rules";
import { InvalidPluginExecutionError } from "./InvalidPluginExecutionError";
import { PluginRegistry } from "./registry";
import { ExecutionContext, Message, OrganizationService, Stage } from "./types";

/** Dataverse stops a chain of plug-ins calling each other at depth 8 (infinite-loop guard). */
export const MAX_DEPTH = 8;

/**
 * Runs the registered steps around the calls of an inner organization service: PreValidation
 * before the save (a throw cancels it), PostOperation after. Create-only columns are refused on
 * Update for every table the schema knows, before any step runs.
 */
export function createPipelineService(inner: OrganizationService, registry: PluginRegistry, depth = 1): OrganizationService {
  const guard = () => {
    if (depth > MAX_DEPTH) {
      throw new InvalidPluginExecutionError("", [], `The plug-in chain went deeper than ${MAX_DEPTH} levels.`);
    }
  };
  const nested = (): OrganizationService => createPipelineService(inner, registry, depth + 1);

  const run = async (
    message: Message,
    stage: Stage,
    table: string,
    context: Omit<ExecutionContext, "message" | "stage" | "table" | "service" | "depth">,
  ): Promise<void> => {
    const steps = registry.stepsFor(message, table, stage);
    if (steps.length === 0) return;
    const full: ExecutionContext = { ...context, message, stage, table, service: nested(), depth };
    for (const step of steps) await step.execute(full);
  };

  return {
    async create(table, record) {
      guard();
      const target: RecordData = { ...record };
      await run("Create", "PreValidation", table, { target });
      const id = await inner.create(table, target);
      try {
        await run("Create", "PostOperation", table, { target, id });
      } catch (error) {
        // PostOperation runs inside the save's transaction in Dataverse: roll the create back.
        await inner.delete(table, id).catch(() => undefined);
        throw error;
      }
      return id;
    },
    async update(table, id, record) {
      guard();
      refuseCreateOnly(table, record);
      const target: RecordData = { ...record };
      const preImage = await inner.retrieve(table, id);
      await run("Update", "PreValidation", table, { target, id, preImage });
      await inner.update(table, id, target);
      await run("Update", "PostOperation", table, { target, id, preImage });
    },
    retrieve: (table, id, columns) => inner.retrieve(table, id, columns),
    retrieveMultiple: (table, conditions, columns, top) => inner.retrieveMultiple(table, conditions, columns, top),
    findFirst: (table, conditions, matches, columns) => inner.findFirst(table, conditions, matches, columns),
    delete: (table, id) => inner.delete(table, id),
  };
}

function refuseCreateOnly(table: string, record: RecordData): void {
  const metadata = getTable(table);
  if (!metadata) return;
  const refused = Object.keys(record)
    .filter((column) => metadata.columns[column]?.createOnly)
    .map((column) => diagnostic(column, "type", {}, "validation.createOnly"));
  if (refused.length > 0) throw new InvalidPluginExecutionError(table, refused);
}
