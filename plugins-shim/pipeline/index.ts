export * from "./types";
export * from "./InvalidPluginExecutionError";
export * from "./registry";
export * from "./clientOrganizationService";
export * from "./pipelineService";
export * from "./validationSteps";
