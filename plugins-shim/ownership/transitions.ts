import { AccessMask } from "./accessRights";
import { PrincipalRef, RecordSecurity, samePrincipal } from "./model";

/**
 * What each message does to a record's owner and shares, once allowed. Pure: the in-memory
 * organization stores the result, the property tests replay sequences of them.
 *
 * - GrantAccess adds rights to a principal's share (a second grant adds to the first).
 * - ModifyAccess replaces the principal's rights.
 * - RevokeAccess removes the principal's share.
 * - Assign changes the owner; shares stay. (Dataverse can also share a reassigned record with the
 *   previous owner — the organization setting "Share reassigned records with original owner",
 *   off by default; not modelled.)
 */

export function grant(record: RecordSecurity, principal: PrincipalRef, mask: AccessMask): RecordSecurity {
  const existing = record.shares.find((share) => samePrincipal(share.principal, principal));
  if (!existing) return { ...record, shares: [...record.shares, { principal, mask }] };
  return { ...record, shares: record.shares.map((share) => (share === existing ? { principal, mask: share.mask | mask } : share)) };
}

export function modify(record: RecordSecurity, principal: PrincipalRef, mask: AccessMask): RecordSecurity {
  return { ...record, shares: record.shares.map((share) => (samePrincipal(share.principal, principal) ? { principal, mask } : share)) };
}

export function revoke(record: RecordSecurity, principal: PrincipalRef): RecordSecurity {
  return { ...record, shares: record.shares.filter((share) => !samePrincipal(share.principal, principal)) };
}

export function assign(record: RecordSecurity, owner: PrincipalRef): RecordSecurity {
  return { ...record, owner };
}
