import { InMemoryAccessOrganization, AccessOrganizationOptions, privilegeHolder } from "./accessOrganization";
import { OwnershipClient } from "../../plugins-shim/client/ownershipClient";
import type { RetryOptions } from "../../plugins-shim/client/retry";
import type { Directory } from "../../plugins-shim/ownership";

/**
 * A small organization with people for the ownership tests and the playground: one business unit,
 * a supervisor (Ada), two agents (Ben, Dan), a person who left (Cleo, disabled), two owner teams, an
 * access team (Launch, which can be shared with but can't own: "Manage teams") and one
 * profile in each ownership state. Privileges are what typical roles give; behaviour is
 * InMemoryAccessOrganization's (its header names the platform sources).
 */

export const IDS = {
  ada: "00000000-0000-4000-8000-00000000a0da",
  ben: "00000000-0000-4000-8000-000000000be0",
  cleo: "00000000-0000-4000-8000-0000000c1e00",
  dan: "00000000-0000-4000-8000-000000000da0",
  support: "00000000-0000-4000-8000-0000005e7700",
  sales: "00000000-0000-4000-8000-0000005a1e50",
  launch: "00000000-0000-4000-8000-00000000acce",
  mine: "10000000-0000-4000-8000-000000000001",
  team: "10000000-0000-4000-8000-000000000002",
  shared: "10000000-0000-4000-8000-000000000003",
  orphan: "10000000-0000-4000-8000-000000000004",
  others: "10000000-0000-4000-8000-000000000005",
} as const;

export function ownershipDirectory(): Directory {
  return {
    businessUnits: [{ id: "bu-root" }],
    users: [
      {
        id: IDS.ada,
        name: "Ada Supervisor",
        disabled: false,
        businessUnitId: "bu-root",
        privileges: {
          Read: "organization",
          Write: "user",
          Append: "user",
          AppendTo: "user",
          Delete: "user",
          Share: "user",
          Assign: "businessUnit",
        },
      },
      {
        id: IDS.ben,
        name: "Ben Agent",
        disabled: false,
        businessUnitId: "bu-root",
        privileges: {
          Read: "organization",
          Write: "user",
          Append: "user",
          AppendTo: "user",
          Delete: "user",
          Share: "user",
          Assign: "user",
        },
      },
      {
        id: IDS.cleo,
        name: "Cleo Former",
        disabled: true,
        businessUnitId: "bu-root",
        privileges: { Read: "organization", Write: "user", Share: "user", Assign: "user", Delete: "user" },
      },
      // Dan may read every profile and nothing else: every action is denied to him.
      { id: IDS.dan, name: "Dan Reader", disabled: false, businessUnitId: "bu-root", privileges: { Read: "organization" } },
    ],
    teams: [
      { id: IDS.support, name: "Support Team", businessUnitId: "bu-root", memberIds: [IDS.ada, IDS.ben] },
      { id: IDS.sales, name: "Sales", businessUnitId: "bu-root", memberIds: [IDS.ben] },
      { id: IDS.launch, name: "Launch Access Team", businessUnitId: "bu-root", memberIds: [IDS.dan], type: "access" },
    ],
  };
}

export function ownershipOrganization(options: Partial<AccessOrganizationOptions> = {}): InMemoryAccessOrganization {
  const org = new InMemoryAccessOrganization({ directory: ownershipDirectory(), ...options });
  org.seedProfile({ socialprofileid: IDS.mine, profilename: "ada_owned", community: 2 }, { kind: "systemuser", id: IDS.ada });
  org.seedProfile({ socialprofileid: IDS.team, profilename: "team_owned", community: 1 }, { kind: "team", id: IDS.support });
  org.seedProfile({ socialprofileid: IDS.shared, profilename: "ben_shares", community: 2 }, { kind: "systemuser", id: IDS.ben });
  org.seedProfile({ socialprofileid: IDS.orphan, profilename: "cleo_left", community: 2 }, { kind: "systemuser", id: IDS.cleo });
  org.seedProfile({ socialprofileid: IDS.others, profilename: "ben_private", community: 1 }, { kind: "systemuser", id: IDS.ben });
  org.data.seed("socialactivity", [
    { subject: "Hello", _postfromprofileid_value: IDS.mine },
    { subject: "Thanks", _postfromprofileid_value: IDS.mine },
    { subject: "Other", _postfromprofileid_value: IDS.shared },
  ]);
  return org;
}

/** Ben shares his profile with Ada (read) through his own endpoint. */
export async function shareBensProfileWithAda(org: InMemoryAccessOrganization): Promise<void> {
  await org
    .accessMessagesFor(IDS.ben)
    .grantAccess({ table: "socialprofile", entitySetName: "socialprofiles", id: IDS.shared }, { kind: "systemuser", id: IDS.ada }, 1);
}

const noWait = { sleep: async () => undefined, random: () => 0 };

/**
 * The ownership client of one user over the organization; `endpoint: false` removes the access
 * messages; `options.retry` replaces the no-wait retry, `options.data` the user's client.
 */
export function ownershipClientFor(
  org: InMemoryAccessOrganization,
  userId: string,
  endpoint = true,
  options: { retry?: RetryOptions; data?: ReturnType<InMemoryAccessOrganization["clientFor"]> } = {},
): OwnershipClient {
  return new OwnershipClient({
    data: options.data ?? org.clientFor(userId),
    access: endpoint ? org.accessMessagesFor(userId) : undefined,
    userId,
    hasPrivilege: privilegeHolder(() => org.people, userId),
    retry: options.retry ?? { ...noWait, maxAttempts: 3 },
  });
}
