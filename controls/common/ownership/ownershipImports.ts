/**
 * The only door from the ownership view into plugins-shim: the rules (relations, decisions,
 * access masks) and the client's types. Specific modules, not barrels, keep bundles small.
 */
export { hasRight, SHARE_LEVELS, shareLevelOf } from "../../../plugins-shim/ownership/accessRights";
export type { ShareLevel } from "../../../plugins-shim/ownership/accessRights";
export type { PrincipalRef } from "../../../plugins-shim/ownership/model";
export { samePrincipal } from "../../../plugins-shim/ownership/model";
export { RELATION_KEYS, relationOf } from "../../../plugins-shim/ownership/relation";
export type { OwnershipRelation } from "../../../plugins-shim/ownership/relation";
export { decideTakeOver } from "../../../plugins-shim/ownership/permissions";
export type { NamedShare, OwnershipClient, OwnershipSnapshot, PrincipalOption } from "../../../plugins-shim/client/ownershipClient";
export { formatMessage } from "../../../plugins-shim/rules/diagnostics";
export { normalizeGuid } from "../../../plugins-shim/rules/guid";
