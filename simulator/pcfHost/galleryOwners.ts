/**
 * Owners for the gallery's fake dataset (tests and playground), with the people of
 * ownershipOrganization.ts: Ada is the signed-in user, on the Support team; Ben is another agent;
 * Cleo left (a disabled user).
 * - `ownerid` is a lookup: the dataset hands an EntityReference `{ id: { guid }, etn, name }` (PCF
 *   EntityReference reference).
 * - `SYSTEM_USERS` are the systemuser rows a link on `ownerid` reaches (`isdisabled`: systemuser
 *   table); a team owner has none.
 * - `teamMembershipWebApi` answers the one read the gallery makes for the user's teams
 *   (OwnershipClient.myTeamIds: `retrieveMultipleRecords("teammembership", …)`, entities with
 *   `teamid` as the Web API returns them); `failWith` rejects it as `context.webAPI` would.
 */
import type { FakeRecordData } from "./datasetContext";
import { IDS } from "../organization/ownershipOrganization";

export const ME = IDS.ada;
export const MY_TEAM = IDS.support;

const ref = (guid: string, etn: "systemuser" | "team", name: string) => ({ id: { guid }, etn, name });

/** Cycling owners: 0 mine, 1 my team's, 2 someone else's, 3 a user who left. */
export const OWNERS = [
  ref(ME, "systemuser", "Ada Supervisor"),
  ref(MY_TEAM, "team", "Support Team"),
  ref(IDS.ben, "systemuser", "Ben Agent"),
  ref(IDS.cleo, "systemuser", "Cleo Left"),
];

export const ownerIndex = (i: number): number => i % OWNERS.length;

export const withOwners = (records: FakeRecordData[]): FakeRecordData[] =>
  records.map((record, i) => ({ ...record, values: { ...record.values, ownerid: OWNERS[ownerIndex(i)] } }));

export const SYSTEM_USERS: Record<string, Record<string, unknown>> = {
  [ME]: { systemuserid: ME, isdisabled: false },
  [IDS.ben]: { systemuserid: IDS.ben, isdisabled: false },
  [IDS.cleo]: { systemuserid: IDS.cleo, isdisabled: true },
};

export interface TeamReadOptions {
  teamIds?: string[];
  failWith?: unknown;
  /** Called for every read (tests count them). */
  onRead?: (table: string) => void;
}

export function teamMembershipWebApi(options: TeamReadOptions = {}) {
  return {
    retrieveMultipleRecords: async (table: string) => {
      options.onRead?.(table);
      if (options.failWith !== undefined) throw options.failWith;
      if (table !== "teammembership") throw new Error(`fake webAPI: no ${table} here`);
      return { entities: (options.teamIds ?? [MY_TEAM]).map((teamid) => ({ teamid })) };
    },
  };
}
