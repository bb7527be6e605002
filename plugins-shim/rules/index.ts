export * from "./diagnostics";
export * from "./url";
export * from "./phone";
export * from "./validateColumn";
export * from "./validateRecord";
export * from "./lookups";
export * from "./isoDateTime";
export * from "./validateColumnRecord";
