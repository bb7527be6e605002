export * from "./DataverseClient";
export * from "./errorCodes";
export * from "./errors";
export * from "./retry";
export * from "./serialClient";
export * from "./webApiClient";
export * from "./odata";
