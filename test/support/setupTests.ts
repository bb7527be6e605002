import "@testing-library/jest-dom";
import { toHaveNoViolations } from "jest-axe";
import { deserialize, serialize } from "node:v8";

expect.extend(toHaveNoViolations);

// jsdom lacks two browser APIs the code relies on. structuredClone: the in-memory organization
// copies records with it (same algorithm as v8's serializer).
if (typeof globalThis.structuredClone !== "function") {
  globalThis.structuredClone = (<T,>(value: T): T => deserialize(serialize(value)) as T) as typeof structuredClone;
}

// ResizeObserver: Fluent components and the PCF mock's React wrapper create one; nothing resizes in jsdom.
if (typeof globalThis.ResizeObserver !== "function") {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
}
