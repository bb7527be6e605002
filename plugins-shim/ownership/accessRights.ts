/** Privileges on the table that matter for ownership (Dataverse privilege names). */
export type Privilege = "Read" | "Write" | "Delete" | "Assign" | "Share" | "Append" | "AppendTo";

/**
 * Dataverse access rights on one record, as the bit mask of the Web API's `AccessRights` EnumType
 * (learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/accessrights):
 * the values below are Microsoft's. The Web API writes a mask as member names joined by ", "
 * ("ReadAccess, WriteAccess") in `PrincipalAccess.AccessMask` and in RetrievePrincipalAccess's
 * `AccessRights`.
 */
export const AccessRight = {
  Read: 1,
  Write: 2,
  Append: 4,
  AppendTo: 16,
  Create: 32,
  Delete: 65536,
  Share: 262144,
  Assign: 524288,
} as const;

export type AccessRightName = keyof typeof AccessRight;
export type AccessMask = number;

export const NO_ACCESS: AccessMask = 0;

/** The right each table privilege grants on a record its access level reaches (they share their names). */
const RIGHT_OF_PRIVILEGE: Readonly<Record<Privilege, AccessMask>> = {
  Read: AccessRight.Read,
  Write: AccessRight.Write,
  Delete: AccessRight.Delete,
  Assign: AccessRight.Assign,
  Share: AccessRight.Share,
  Append: AccessRight.Append,
  AppendTo: AccessRight.AppendTo,
};

/** The rights of the privileges `has` holds for: what the user's table privileges allow, or reach on one record. */
export function rightsOfPrivileges(has: (privilege: Privilege) => boolean): AccessMask {
  return (Object.keys(RIGHT_OF_PRIVILEGE) as Privilege[]).reduce(
    (mask, privilege) => (has(privilege) ? mask | RIGHT_OF_PRIVILEGE[privilege] : mask),
    NO_ACCESS,
  );
}
export const ALL_RIGHTS: AccessMask = Object.values(AccessRight).reduce((mask, bit) => mask | bit, 0);

const WEB_API_NAME: Readonly<Record<AccessRightName, string>> = {
  Read: "ReadAccess",
  Write: "WriteAccess",
  Append: "AppendAccess",
  AppendTo: "AppendToAccess",
  Create: "CreateAccess",
  Delete: "DeleteAccess",
  Share: "ShareAccess",
  Assign: "AssignAccess",
};

export const hasRight = (mask: AccessMask, right: AccessRightName): boolean => (mask & AccessRight[right]) !== 0;

/** True when every right of `inner` is also in `outer`. */
export const isSubsetOf = (inner: AccessMask, outer: AccessMask): boolean => (inner & ~outer) === 0;

/** "ReadAccess, WriteAccess" (the Web API's enum-flags text); "None" for no rights. */
export function formatAccessMask(mask: AccessMask): string {
  const names = (Object.keys(AccessRight) as AccessRightName[])
    .filter((right) => hasRight(mask, right))
    .map((right) => WEB_API_NAME[right]);
  return names.length > 0 ? names.join(", ") : "None";
}

/** Reads the Web API's text form (or a number); unknown member names are ignored, not guessed. */
export function parseAccessMask(value: unknown): AccessMask {
  if (typeof value === "number" && Number.isInteger(value)) return value & ALL_RIGHTS;
  if (typeof value !== "string") return NO_ACCESS;
  let mask = NO_ACCESS;
  for (const part of value.split(",")) {
    const name = part.trim();
    const right = (Object.keys(WEB_API_NAME) as AccessRightName[]).find((key) => WEB_API_NAME[key] === name);
    if (right) mask |= AccessRight[right];
  }
  return mask;
}

/**
 * The three choices the sharing UI offers, as masks. Append/AppendTo ride with write so a person
 * who may edit the profile may also link activities to it (a choice of this project, not a
 * platform rule); "share" lets the person pass the record on.
 */
export type ShareLevel = "read" | "write" | "share";

export const SHARE_LEVELS: Readonly<Record<ShareLevel, AccessMask>> = {
  read: AccessRight.Read,
  write: AccessRight.Read | AccessRight.Write | AccessRight.Append | AccessRight.AppendTo,
  share: AccessRight.Read | AccessRight.Write | AccessRight.Append | AccessRight.AppendTo | AccessRight.Share,
};

/** The highest level a shared mask amounts to (a mask from elsewhere may hold other bits). */
export function shareLevelOf(mask: AccessMask): ShareLevel | undefined {
  if (hasRight(mask, "Share") && hasRight(mask, "Write")) return "share";
  if (hasRight(mask, "Write")) return "write";
  if (hasRight(mask, "Read")) return "read";
  return undefined;
}
