/** @jest-environment node */
import { ownerFilter, rowRelation } from "../../../../controls/common/ownership/ownerFilter";

const ME = "{AAAAAAAA-0000-4000-8000-000000000001}";
const TEAM = "bbbbbbbb-0000-4000-8000-000000000002";

describe("gallery ownership filter (dataset expressions)", () => {
  it("filters nothing for All, Equal on ownerid for Mine, In with the team ids for My teams'", () => {
    expect(ownerFilter("all", ME, [TEAM])).toEqual({ kind: "none" });
    expect(ownerFilter("mine", ME, [])).toEqual({
      kind: "filter",
      condition: { attributeName: "ownerid", conditionOperator: 0, value: "aaaaaaaa-0000-4000-8000-000000000001" },
    });
    expect(ownerFilter("myTeams", ME, [TEAM.toUpperCase()])).toEqual({
      kind: "filter",
      condition: { attributeName: "ownerid", conditionOperator: 8, value: [TEAM] },
    });
  });

  it("matches nothing for My teams' when the user is on no team, without an invalid empty In", () => {
    expect(ownerFilter("myTeams", ME, [])).toEqual({ kind: "empty" });
  });

  it("links to systemuser for No active owner and filters on the linked isdisabled", () => {
    expect(ownerFilter("noActiveOwner", ME, [])).toEqual({
      kind: "filter",
      link: { name: "systemuser", from: "systemuserid", to: "ownerid", linkType: "outer", alias: "owneruser" },
      condition: { attributeName: "isdisabled", conditionOperator: 0, value: "1", entityAliasName: "owneruser" },
    });
  });
});

describe("gallery badge from the row", () => {
  it("tells mine, my team's, no active owner and someone else's; never 'shared with you'", () => {
    expect(rowRelation({ id: ME.toLowerCase(), entityType: "systemuser", name: "Me" }, ME, [])).toEqual({ kind: "ownedByYou" });
    expect(rowRelation({ id: TEAM, entityType: "team", name: "Support" }, ME, [TEAM])).toEqual({
      kind: "ownedByYourTeam",
      teamName: "Support",
    });
    expect(rowRelation({ id: "cccccccc-0000-4000-8000-000000000003", entityType: "systemuser", name: "Left" }, ME, [], true)).toEqual({
      kind: "noActiveOwner",
    });
    expect(rowRelation({ id: "cccccccc-0000-4000-8000-000000000003", entityType: "systemuser", name: "Other" }, ME, [TEAM])).toEqual({
      kind: "ownedByOther",
    });
  });
});
