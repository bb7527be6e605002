/** @jest-environment node */
import fc from "fast-check";
import {
  AccessLevel,
  AccessMask,
  AccessRight,
  assign,
  decideAssign,
  decideGrant,
  decideModify,
  decideRevoke,
  Directory,
  DirectoryUser,
  effectiveAccess,
  findTeam,
  findUser,
  grant,
  modify,
  ownerIsActive,
  principalExists,
  PrincipalRef,
  Privilege,
  privilegeCeiling,
  RecordSecurity,
  revoke,
  SHARE_LEVELS,
  ShareLevel,
} from "../../../plugins-shim/ownership";

/*
 * Property: no sequence of shares, share changes, revokes and assignments that the rules allow
 * leaves a profile without an owner (or without an active one, when it had one), and nobody ever
 * gets more access than Dataverse would give. The oracle below restates Microsoft's description
 * right by right (how-record-access-determined, security-sharing-assigning), independently of
 * effectiveAccess's implementation.
 */

const LEVELS: AccessLevel[] = ["none", "user", "businessUnit", "parentChild", "organization"];
const PRIVILEGE_OF_RIGHT: ReadonlyArray<[number, Privilege]> = [
  [AccessRight.Read, "Read"],
  [AccessRight.Write, "Write"],
  [AccessRight.Append, "Append"],
  [AccessRight.AppendTo, "AppendTo"],
  [AccessRight.Delete, "Delete"],
  [AccessRight.Share, "Share"],
  [AccessRight.Assign, "Assign"],
];

function oracle(directory: Directory, userId: string, record: RecordSecurity): AccessMask {
  const user = findUser(directory, userId);
  if (!user || user.disabled) return 0;
  const myTeams = directory.teams.filter((team) => team.memberIds.includes(userId)).map((team) => team.id);
  const owns = record.owner.kind === "systemuser" ? record.owner.id === userId : myTeams.includes(record.owner.id);
  const ownerUnit =
    record.owner.kind === "systemuser"
      ? findUser(directory, record.owner.id)?.businessUnitId
      : findTeam(directory, record.owner.id)?.businessUnitId;
  const below = (unit: string | undefined): boolean => {
    for (let current = unit; current; current = directory.businessUnits.find((u) => u.id === current)?.parentId) {
      if (current === user.businessUnitId) return true;
    }
    return false;
  };
  const shared = record.shares
    .filter((share) => (share.principal.kind === "systemuser" ? share.principal.id === userId : myTeams.includes(share.principal.id)))
    .reduce((mask, share) => mask | share.mask, 0);
  let mask = 0;
  for (const [right, privilege] of PRIVILEGE_OF_RIGHT) {
    const level = user.privileges[privilege] ?? "none";
    if (level === "none") continue;
    const byRole =
      level === "organization" ||
      owns ||
      (level === "businessUnit" && ownerUnit === user.businessUnitId) ||
      (level === "parentChild" && below(ownerUnit));
    if (byRole || (shared & right) !== 0) mask |= right;
  }
  return mask;
}

const privilegesArb = fc.record(
  Object.fromEntries(PRIVILEGE_OF_RIGHT.map(([, privilege]) => [privilege, fc.constantFrom(...LEVELS)])) as Record<
    Privilege,
    fc.Arbitrary<AccessLevel>
  >,
);

const directoryArb: fc.Arbitrary<Directory> = fc
  .record({
    units: fc.integer({ min: 1, max: 3 }),
    users: fc.array(fc.record({ disabled: fc.boolean(), unit: fc.nat(2), privileges: privilegesArb }), { minLength: 2, maxLength: 5 }),
    teams: fc.array(fc.record({ unit: fc.nat(2), members: fc.uniqueArray(fc.nat(4), { maxLength: 4 }) }), { maxLength: 3 }),
  })
  .map(({ units, users, teams }) => {
    // bu0 is the root; bu1 is its child; bu2 a child of bu1 (a chain exercises Parent: Child).
    const businessUnits = Array.from({ length: units }, (_, i) => (i === 0 ? { id: "bu0" } : { id: `bu${i}`, parentId: `bu${i - 1}` }));
    const unitId = (n: number) => `bu${n % units}`;
    const directoryUsers: DirectoryUser[] = users.map((user, i) => ({
      id: `u${i}`,
      name: `User ${i}`,
      // u0 stays enabled so there is always someone active to act.
      disabled: i === 0 ? false : user.disabled,
      businessUnitId: unitId(user.unit),
      privileges: user.privileges,
    }));
    return {
      businessUnits,
      users: directoryUsers,
      teams: teams.map((team, i) => ({
        id: `t${i}`,
        name: `Team ${i}`,
        businessUnitId: unitId(team.unit),
        memberIds: team.members.filter((m) => m < users.length).map((m) => `u${m}`),
      })),
    };
  });

type Command =
  | { kind: "grant" | "modify"; actor: number; principal: number; level: ShareLevel }
  | { kind: "revoke"; actor: number; principal: number }
  | { kind: "assign"; actor: number; principal: number };

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constantFrom("grant" as const, "modify" as const),
    actor: fc.nat(4),
    principal: fc.nat(8),
    level: fc.constantFrom<ShareLevel>("read", "write", "share"),
  }),
  fc.record({ kind: fc.constant("revoke" as const), actor: fc.nat(4), principal: fc.nat(8) }),
  fc.record({ kind: fc.constant("assign" as const), actor: fc.nat(4), principal: fc.nat(8) }),
);

function principals(directory: Directory): PrincipalRef[] {
  return [
    ...directory.users.map((user): PrincipalRef => ({ kind: "systemuser", id: user.id })),
    ...directory.teams.map((team): PrincipalRef => ({ kind: "team", id: team.id })),
  ];
}

const ownerFacts = (directory: Directory, record: RecordSecurity) => ({
  principal: record.owner,
  name: "",
  active: ownerIsActive(directory, record.owner),
});

/** Runs one command through the rules; returns the new record when the rules allow it. */
function step(directory: Directory, record: RecordSecurity, command: Command): RecordSecurity {
  const actor = directory.users[command.actor % directory.users.length];
  const all = principals(directory);
  const principal = all[command.principal % all.length];
  const actorAccess = effectiveAccess(directory, actor.id, record);
  const owner = ownerFacts(directory, record);
  switch (command.kind) {
    case "grant": {
      const mask = SHARE_LEVELS[command.level];
      const decision = decideGrant(actorAccess, owner, record.shares, { principal, mask });
      if (decision.allowed) expect(mask & ~actorAccess).toBe(0);
      return decision.allowed ? grant(record, principal, mask) : record;
    }
    case "modify": {
      const mask = SHARE_LEVELS[command.level];
      return decideModify(actorAccess, owner, record.shares, { principal, mask }).allowed ? modify(record, principal, mask) : record;
    }
    case "revoke":
      return decideRevoke(actorAccess, owner, record.shares, principal).allowed ? revoke(record, principal) : record;
    case "assign": {
      const active = ownerIsActive(directory, principal);
      return decideAssign(actorAccess, owner, { principal, active }).allowed ? assign(record, principal) : record;
    }
  }
}

describe("ownership rules (property)", () => {
  it("keep an owner, never lose an active one, and grant no more than Dataverse would", () => {
    fc.assert(
      fc.property(directoryArb, fc.nat(8), fc.array(commandArb, { maxLength: 25 }), (directory, ownerIndex, commands) => {
        const all = principals(directory);
        let record: RecordSecurity = { owner: all[ownerIndex % all.length], shares: [] };
        const startedActive = ownerIsActive(directory, record.owner);
        for (const command of commands) {
          record = step(directory, record, command);
          expect(principalExists(directory, record.owner)).toBe(true);
          if (startedActive) expect(ownerIsActive(directory, record.owner)).toBe(true);
          // The owner can never be "unshared", whoever asks.
          for (const user of directory.users) {
            const decision = decideRevoke(
              effectiveAccess(directory, user.id, record),
              ownerFacts(directory, record),
              record.shares,
              record.owner,
            );
            expect(decision.allowed).toBe(false);
          }
          for (const share of record.shares) expect(share.mask).not.toBe(0);
          for (const user of directory.users) {
            const access = effectiveAccess(directory, user.id, record);
            expect(access).toBe(oracle(directory, user.id, record));
            expect(access & ~privilegeCeiling(user)).toBe(0);
            if (user.disabled) expect(access).toBe(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a revoke takes away exactly what the share gave", () => {
    fc.assert(
      fc.property(directoryArb, fc.nat(8), fc.constantFrom<ShareLevel>("read", "write", "share"), (directory, principalIndex, level) => {
        const all = principals(directory);
        const principal = all[principalIndex % all.length];
        // Owned by a team nobody is in, in the root unit: only shares and org-wide levels give access.
        const lonely = {
          ...directory,
          teams: [...directory.teams, { id: "tOwner", name: "Owner team", businessUnitId: "bu0", memberIds: [] }],
        };
        const before: RecordSecurity = { owner: { kind: "team", id: "tOwner" }, shares: [] };
        const after = revoke(grant(before, principal, SHARE_LEVELS[level]), principal);
        for (const user of lonely.users) expect(effectiveAccess(lonely, user.id, after)).toBe(effectiveAccess(lonely, user.id, before));
      }),
    );
  });
});
