/** @jest-environment node */
import { checkPlatformLibraries } from "../../scripts/platformLibraries";

const manifest = (libraries: string) => `<?xml version="1.0" encoding="utf-8"?>
<manifest><control namespace="N" constructor="C" version="1.0.0" display-name-key="C" description-key="C" control-type="virtual">
<resources><code path="index.ts" order="1"/>${libraries}</resources></control></manifest>`;

describe("checkPlatformLibraries", () => {
  it.each([
    ['<platform-library name="React" version="16.14.0"/><platform-library name="Fluent" version="9.46.2"/>'],
    ['<platform-library name="React" version="16.14.0"/><platform-library name="Fluent" version="9.4.0"/>'],
    ['<platform-library name="React" version="16.14.0"/>'],
  ])("accepts the documented range: %s", (libraries) => {
    expect(checkPlatformLibraries("m.xml", manifest(libraries))).toEqual([]);
  });

  it.each([
    ['<platform-library name="React" version="17.0.2"/>', /React 17.0.2/],
    ['<platform-library name="React" version="16.13.1"/>', /React 16.13.1/],
    ['<platform-library name="Fluent" version="9.47.0"/>', /Fluent 9.47.0/],
    ['<platform-library name="Fluent" version="8.29.0"/>', /Fluent 8.29.0/],
    ['<platform-library name="Fluent" version="9.46"/>', /Fluent 9.46 /],
    ['<platform-library name="Vue" version="3.0.0"/>', /unknown platform library "Vue"/],
  ])("refuses %s", (libraries, message) => {
    const problems = checkPlatformLibraries("m.xml", manifest(libraries));
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(message);
  });
});
