/** The DOM part of jest's setup, for files under jsdom (loaded by setupTests.ts). */
import "@testing-library/jest-dom";
import { toHaveNoViolations } from "jest-axe";
import { deserialize, serialize } from "node:v8";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
import { configure as configureDom } from "@testing-library/dom";
import { act } from "react-dom/test-utils";

expect.extend(toHaveNoViolations);

// jsdom lacks browser APIs the code relies on. structuredClone: the in-memory organization
// copies records with it (same algorithm as v8's serializer).
if (typeof globalThis.structuredClone !== "function") {
  globalThis.structuredClone = (<T>(value: T): T => deserialize(serialize(value)) as T) as typeof structuredClone;
}

// TextEncoder / TextDecoder: the brand marks' loader decodes the base64 resource as UTF-8
// (controls/common/communityMarks.ts); Node's are the same WHATWG Encoding API browsers have.
if (typeof globalThis.TextDecoder !== "function") {
  Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });
}

// ResizeObserver: Fluent components and the PCF mock's React wrapper create one; nothing resizes in jsdom.
if (typeof globalThis.ResizeObserver !== "function") {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
}

// user-event 14 drives @testing-library/dom 10, while @testing-library/react 12 (the last for
// React 16) wires act() only into its own copy of dom 8: wire dom 10 the same way, so state
// updates caused by typing and clicking are flushed inside act() as they are in a browser.
configureDom({
  eventWrapper: (callback) => {
    let result: unknown;
    act(() => {
      result = callback();
    });
    return result;
  },
  asyncWrapper: async (callback) => {
    let result: unknown;
    await act(async () => {
      result = await callback();
    });
    return result;
  },
});
