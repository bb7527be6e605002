import { PassThrough } from "node:stream";
import type { InMemoryDataverse } from "../../../simulator/organization/inMemoryDataverse";
import { runIntakeOrg, IntakeOrgIo } from "../../../plugins-shim/cli/intakeOrg";
import { postUrlKey } from "../../../plugins-shim/intake";
import { nextPageOptions, RecordData } from "../../../plugins-shim/client";
import { TokenDouble } from "../../dataverse-node/tokenDouble";
import { OrgCounts } from "./intakePosts";

/** Runs `intake … --org` in process against the Web API double: no sign-in, no waiting on pauses. */
export async function intake(args: string[], credential: TokenDouble, extra: Partial<IntakeOrgIo> = {}) {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
  const notes: string[] = [];
  const waits: number[] = [];
  const sleep = async (ms: number) => {
    waits.push(ms);
  };
  let code: number | undefined;
  let error: unknown;
  try {
    code = await runIntakeOrg(args, {
      out,
      env: {},
      note: (line) => notes.push(line),
      connection: { credential, retry: { sleep } },
      sleep,
      ...extra,
    });
  } catch (reason) {
    error = reason;
  }
  out.end();
  return { code, error, stdout: chunks.join(""), notes, waits };
}

/** Activities per post, profiles per handle, as the organization holds them. */
/** Every row of a table, page after page: the organization, as the Web API, returns at most 5,000 rows a page with a nextLink. */
export async function allRows(organization: InMemoryDataverse, table: string): Promise<RecordData[]> {
  const rows: RecordData[] = [];
  let page = await organization.retrieveMultipleRecords(table);
  rows.push(...page.entities);
  while (page.nextLink) {
    page = await organization.retrieveMultipleRecords(table, nextPageOptions(page.nextLink));
    rows.push(...page.entities);
  }
  return rows;
}

export async function orgCounts(organization: InMemoryDataverse): Promise<OrgCounts> {
  const all = (table: string) => allRows(organization, table);
  const activities = await all("socialactivity");
  const profiles = await all("socialprofile");
  return {
    activities: activities.length,
    distinctPosts: new Set(activities.map((row) => `${row.community}|${postUrlKey(row.posturl as string)}`)).size,
    profiles: profiles.length,
    distinctHandles: new Set(profiles.map((row) => `${row.community}|${String(row.profilename).toLowerCase()}`)).size,
    contacts: (await all("contact")).length,
  };
}
