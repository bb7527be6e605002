import { detectAccessMessages } from "../../../plugins-shim/client/accessMessages";
import { OwnershipClient } from "../../../plugins-shim/client/ownershipClient";
import { createSerialClient } from "../../../plugins-shim/client/serialClient";
import { createWebApiClient } from "../../../plugins-shim/client/webApiClient";
import { PCF_DEPTH_BASIC, PCF_PRIVILEGE } from "../../../plugins-shim/ownership/model";
import type { OwnershipServiceHost } from "./ownershipLibrary";
import type { OwnershipService } from "./ownershipService";

/**
 * The ownership client for one card: one request at a time over the host's Web API, the access
 * messages feature-detected once (plugins-shim/client/accessMessages.ts), and the table privileges
 * from utils.hasEntityPrivilege. Part of the ownership library, not of the card's bundle.
 */
export function createOwnershipService(host: OwnershipServiceHost): OwnershipService {
  return new OwnershipClient({
    data: createSerialClient(createWebApiClient(host.webAPI)),
    access: detectAccessMessages(),
    userId: host.userId,
    hasPrivilege: (privilege) => host.hasEntityPrivilege("socialprofile", PCF_PRIVILEGE[privilege], PCF_DEPTH_BASIC),
  });
}
