export * from "./payloadContract";
export * from "./readKeys";
export * from "./parsePayload";
export * from "./runIntake";
export * from "./postUrl";
export * from "./planIntake";
export * from "./intakeIds";
