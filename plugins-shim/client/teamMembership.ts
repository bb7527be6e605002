import { normalizeGuid } from "../rules/guid";
import type { DataverseClient } from "./DataverseClient";

/**
 * Ids of the teams a user is on, lower-case without braces: one read of `teammembership`. The PCF
 * context has no team list (userSettings has roles, not teams). The ownership client and the
 * gallery's "My teams'" filter and badge read it here, each with its own retry.
 */
export async function readTeamIds(data: DataverseClient, userId: string): Promise<string[]> {
  const result = await data.retrieveMultipleRecords("teammembership", `?$select=teamid&$filter=systemuserid eq ${normalizeGuid(userId)}`);
  return result.entities.map((row) => normalizeGuid(String(row.teamid)));
}
