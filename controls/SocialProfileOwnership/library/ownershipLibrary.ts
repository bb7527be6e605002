import { createOwnershipService } from "../../common/ownership/createOwnershipService";
import type { OwnershipLibrary } from "../../common/ownership/ownershipLibrary";
import { OwnershipSection } from "../../common/ownership/OwnershipSection";
import { leaveDeletedRecord } from "../../common/ownership/leaveRecord";

/** What the library's script exposes (controls/common/ownership/ownershipLibrary.ts is the contract). */
export const ownershipLibrary: OwnershipLibrary = {
  OwnershipSection,
  createOwnershipService,
  leaveDeletedRecord: () => leaveDeletedRecord(),
};
