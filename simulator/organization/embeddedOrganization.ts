import { InMemoryDataverse, InMemoryDataverseOptions } from "./inMemoryDataverse";
import { createClientOrganizationService } from "../../plugins-shim/pipeline/clientOrganizationService";
import { createPipelineService } from "../../plugins-shim/pipeline/pipelineService";
import { PluginRegistry } from "../../plugins-shim/pipeline/registry";
import { OrganizationService } from "../../plugins-shim/pipeline/types";
import { validationSteps } from "../../plugins-shim/pipeline/validationSteps";

export interface EmbeddedOrganization {
  /** The in-memory organization itself (seed it, inspect it). */
  client: InMemoryDataverse;
  /** Calls through the pipeline: validation steps first, then the schema-enforcing org. */
  service: OrganizationService;
  registry: PluginRegistry;
}

export const createDefaultRegistry = (): PluginRegistry => new PluginRegistry().register(...validationSteps());

/** The embedded default used by tests and the commands. */
export function createEmbeddedOrganization(
  options: InMemoryDataverseOptions = {},
  registry: PluginRegistry = createDefaultRegistry(),
): EmbeddedOrganization {
  const client = new InMemoryDataverse(options);
  const service = createPipelineService(createClientOrganizationService(client), registry);
  return { client, service, registry };
}
