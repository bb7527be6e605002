export * from "./DataverseClient";
export * from "./errorCodes";
