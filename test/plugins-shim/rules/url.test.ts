/** @jest-environment node */
import fc from "fast-check";
import { judgeUrl, safeHttpUrl } from "../../../plugins-shim/rules";

describe("judgeUrl", () => {
  it.each(["https://www.twitter.com/Contoso", "http://example.com", "HTTPS://EXAMPLE.COM/path?q=1#x"])(
    "accepts the absolute http(s) link %p",
    (link) => {
      expect(judgeUrl(link)).toEqual({ ok: true, href: new URL(link.trim()).href });
    },
  );

  it.each([
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\u0000javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "ftp://example.com/file",
    "file:///etc/passwd",
    "mailto:a@b.c",
  ])("calls %p unsafe, the way a browser would parse it", (link) => {
    expect(judgeUrl(link)).toEqual({ ok: false, code: "unsafeUrl" });
    expect(safeHttpUrl(link)).toBeUndefined();
  });

  it.each(["", "example.com", "/relative/path", "//example.com/x", "http://", "https:// spaces in host"])(
    "calls %p malformed (not absolute)",
    (link) => {
      expect(judgeUrl(link)).toEqual({ ok: false, code: "format" });
    },
  );

  it.each([
    "https://www.twitter.com@evil.example/",
    "https://user:pass@example.com/",
    "https://example.com/\u202Egnp.exe",
    "https://example.com/a\u2066b",
    "https://exa\tmple.com/",
    "  https://example.com  ",
    "https://example.com/\n",
  ])("refuses %p: credentials, bidi controls and whitespace hide what the link is", (link) => {
    expect(judgeUrl(link)).toEqual({ ok: false, code: "format", messageKey: "validation.format.url" });
  });

  it("shows a stored link with spaces around it, trimmed", () => {
    expect(safeHttpUrl("  https://example.com/x ")).toBe("https://example.com/x");
    expect(safeHttpUrl("https://www.twitter.com@evil.example/")).toBeUndefined();
  });

  it("never lets a non-http(s) scheme through, whatever the letter case and whitespace", () => {
    const scheme = fc.constantFrom("javascript", "data", "vbscript", "blob", "file");
    const mangled = fc
      .tuple(scheme, fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), fc.constantFrom("", " ", "\t", "\n", "\r\n"))
      .map(([name, upper, ws]) => {
        const cased = [...name].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c)).join("");
        return `${ws}${cased.slice(0, 2)}${ws.replace(/ /g, "")}${cased.slice(2)}:payload`;
      });
    fc.assert(
      fc.property(mangled, (link) => {
        expect(safeHttpUrl(link)).toBeUndefined();
      }),
    );
  });

  it("returns the browser-normalized href for every accepted web URL", () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ["http", "https"] }), (link) => {
        const verdict = judgeUrl(link);
        expect(verdict.ok).toBe(true);
        if (verdict.ok) expect(verdict.href).toBe(new URL(link).href);
      }),
    );
  });
});
