import { Message, PluginStep, Stage } from "./types";

/** Steps by message, table and stage, run in registration order (the step's rank). */
export class PluginRegistry {
  private readonly steps: PluginStep[] = [];

  register(...steps: PluginStep[]): this {
    this.steps.push(...steps);
    return this;
  }

  stepsFor(message: Message, table: string, stage: Stage): PluginStep[] {
    return this.steps.filter((step) => step.message === message && step.table === table && step.stage === stage);
  }
}
