export { OwnershipSection } from "./OwnershipSection";
export type { OwnershipSectionProps } from "./OwnershipSection";
export { OwnershipBadge } from "./OwnershipBadge";
export type { OwnershipService } from "./ownershipService";
