import { InMemoryDataverse, InMemoryDataverseOptions } from "../client/inMemoryDataverse";
import { createClientOrganizationService } from "./clientOrganizationService";
import { createPipelineService } from "./pipelineService";
import { PluginRegistry } from "./registry";
import { OrganizationService } from "./types";
import { validationSteps } from "./validationSteps";

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
