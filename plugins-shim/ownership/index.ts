export * from "./accessRights";
export * from "./model";
export * from "./effectiveAccess";
export * from "./relation";
export * from "./permissions";
export * from "./transitions";
