import { normalizeGuid, OwnershipRelation, relationOf } from "./ownershipImports";

/**
 * The gallery's ownership filter and per-card badge, as pure functions over the dataset API's
 * shapes; the gallery's query (model/query.ts) and card cell use them.
 *
 * - "Mine": `Equal` on `ownerid` with `userSettings.userId`.
 * - "My teams'": `In` on `ownerid` with the ids of the user's teams.
 * - "No active owner": a link to `systemuser` on `ownerid` and `isdisabled` = true on its alias
 *   (records owned by a team never match: teams can't be disabled). The link is an *outer* one:
 *   the dataset API can add a linked entity but not remove it (PCF Linking: getLinkedEntities,
 *   addLinkedEntity), so the link stays for later queries and must not drop team-owned rows.
 * - "Shared with me" is not offered: principal object access can't be queried in a view.
 *
 * Operator numbers are Microsoft.Xrm.Sdk.Query.ConditionOperator's (Equal 0, In 8), the list the
 * PCF typings' `DataSetApi.Types.ConditionOperator` refers to.
 */

/** The filter's label: `ownership.filter.label`. */
export type OwnerFilterChoice = "all" | "mine" | "myTeams" | "noActiveOwner";

export const OWNER_FILTER_CHOICES: readonly OwnerFilterChoice[] = ["all", "mine", "myTeams", "noActiveOwner"];

export const OWNER_FILTER_KEYS: Readonly<Record<OwnerFilterChoice, string>> = {
  all: "ownership.filter.all",
  mine: "ownership.filter.mine",
  myTeams: "ownership.filter.myTeams",
  noActiveOwner: "ownership.filter.noActiveOwner",
};

const Operator = { Equal: 0, In: 8 } as const;

export interface OwnerCondition {
  attributeName: string;
  conditionOperator: (typeof Operator)[keyof typeof Operator];
  value: string | string[];
  entityAliasName?: string;
}

export interface OwnerLink {
  name: string;
  from: string;
  to: string;
  linkType: "outer";
  alias: string;
}

export type OwnerFilter =
  | { kind: "none" }
  /** The choice can't match anything for this user (no teams): show an empty gallery without asking the server. */
  | { kind: "empty" }
  | { kind: "filter"; condition: OwnerCondition; link?: OwnerLink };

export const OWNER_USER_ALIAS = "owneruser";

export function ownerFilter(choice: OwnerFilterChoice, userId: string, teamIds: readonly string[]): OwnerFilter {
  switch (choice) {
    case "all":
      return { kind: "none" };
    case "mine":
      return { kind: "filter", condition: { attributeName: "ownerid", conditionOperator: Operator.Equal, value: normalizeGuid(userId) } };
    case "myTeams":
      return teamIds.length === 0
        ? { kind: "empty" }
        : { kind: "filter", condition: { attributeName: "ownerid", conditionOperator: Operator.In, value: teamIds.map(normalizeGuid) } };
    case "noActiveOwner":
      return {
        kind: "filter",
        link: { name: "systemuser", from: "systemuserid", to: "ownerid", linkType: "outer", alias: OWNER_USER_ALIAS },
        condition: { attributeName: "isdisabled", conditionOperator: Operator.Equal, value: "1", entityAliasName: OWNER_USER_ALIAS },
      };
  }
}

export interface DatasetOwner {
  id: string;
  /** "systemuser" or "team" (the lookup's etn). */
  entityType: string;
  name: string;
}

/**
 * A gallery card's badge from its row alone: no per-record request. "Shared with you" needs the
 * access messages per record, so the gallery never claims it; `ownerDisabled` comes from the
 * linked systemuser column when the view has it (undefined: treated as active).
 */
export function rowRelation(owner: DatasetOwner, userId: string, teamIds: readonly string[], ownerDisabled?: boolean): OwnershipRelation {
  return relationOf({
    viewerId: normalizeGuid(userId),
    viewerTeamIds: teamIds.map(normalizeGuid),
    owner: {
      principal: { kind: owner.entityType === "team" ? "team" : "systemuser", id: normalizeGuid(owner.id) },
      name: owner.name,
      active: owner.entityType === "team" || ownerDisabled !== true,
    },
  });
}
