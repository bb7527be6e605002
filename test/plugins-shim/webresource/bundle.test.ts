/** @jest-environment node */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import vm from "node:vm";
import { XrmMockGenerator } from "xrm-mock";
import { buildFormScript, FORM_SCRIPT_BUDGET } from "../../../scripts/formScript";
import { STRINGS_BASE_NAME } from "../../../plugins-shim/solutionNames/webResourceNames";
import { loadStrings } from "../../../plugins-shim/strings/resx";

const root = path.resolve(__dirname, "../../..");
let dir: string;
let build: ReturnType<typeof buildFormScript>;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "scc-forms-"));
  build = buildFormScript(root, path.join(dir, "forms.js"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the built form script", () => {
  it("stays under its gzip budget", () => {
    expect(build.gzipBytes).toBeLessThanOrEqual(FORM_SCRIPT_BUDGET.limit);
    expect(build.gzipBytes).toBeGreaterThan(0);
  });

  it("carries no Web API lookup-key parser: form fields are column names (rules/validateColumnRecord.ts)", () => {
    const text = readFileSync(build.file, "utf8");
    expect(text).not.toContain("@odata.bind");
    expect(text).not.toContain("lookuplogicalname");
  });

  it("defines one global, SocialChannelControls.Forms, and its handlers work in a browser-like sandbox", () => {
    XrmMockGenerator.initialise({ entity: { entityName: "socialprofile" } });
    const strings = loadStrings(1033);
    Xrm.Utility.getResourceString = (resource: string, key: string) => (resource === STRINGS_BASE_NAME ? strings[key] : "");
    const link = XrmMockGenerator.Attribute.createString(
      { name: "profilelink", value: null },
      { name: "profilelink", label: "Profile Link" },
    );

    const provided = { Xrm, URL, console };
    const sandbox: Record<string, unknown> = { ...provided };
    vm.runInNewContext(readFileSync(build.file, "utf8"), sandbox);
    const added = Object.keys(sandbox).filter((key) => !(key in provided));
    expect(added).toEqual(["SocialChannelControls"]);

    const forms = (sandbox.SocialChannelControls as { Forms: Record<string, { onLoad: (context: unknown) => void }> }).Forms;
    expect(Object.keys(forms).sort()).toEqual(["SocialProfile", "WhatsAppAccount"]);
    forms.SocialProfile.onLoad(XrmMockGenerator.getEventContext());
    link.setValue("javascript:alert(1)");
    link.fireOnChange();
    const control = XrmMockGenerator.getFormContext().getControl("profilelink") as unknown as {
      getNotifications(): { messages: string[] }[];
    };
    expect(control.getNotifications().flatMap((item) => item.messages)).toEqual([strings["validation.unsafeUrl"]]);
  });

  it("shows the English text when the org has no RESX for the user's or base language (getResourceString throws)", () => {
    XrmMockGenerator.initialise({ entity: { entityName: "socialprofile" } });
    Xrm.Utility.getResourceString = (resource: string) => {
      throw new Error(`${resource} does not exist.`);
    };
    const link = XrmMockGenerator.Attribute.createString(
      { name: "profilelink", value: null },
      { name: "profilelink", label: "Profile Link" },
    );
    const sandbox: Record<string, unknown> = { Xrm, URL, console };
    vm.runInNewContext(readFileSync(build.file, "utf8"), sandbox);
    const forms = (sandbox.SocialChannelControls as { Forms: Record<string, { onLoad: (context: unknown) => void }> }).Forms;
    forms.SocialProfile.onLoad(XrmMockGenerator.getEventContext());
    link.setValue("javascript:alert(1)");
    expect(() => link.fireOnChange()).not.toThrow();
    const control = XrmMockGenerator.getFormContext().getControl("profilelink") as unknown as {
      getNotifications(): { messages: string[] }[];
    };
    expect(control.getNotifications().flatMap((item) => item.messages)).toEqual([loadStrings(1033)["validation.unsafeUrl"]]);
  });
});
