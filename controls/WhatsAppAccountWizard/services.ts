import { DataverseClient } from "../../plugins-shim/client";
import { Strings } from "./strings";
import { RetryTuning } from "./useDataverseTask";

/** Everything the views need from the outside world, handed in by the adapter (or a test). */
export interface SetupServices {
  client: DataverseClient;
  strings: Strings;
  formatInteger(value: number): string;
  copy(text: string): Promise<boolean>;
  /** Opens a record's form (the created account, or the same one again to reload it). */
  openRecord(id: string): void;
  /** Asks the admin, in the host's own dialog, whether to reload the form and lose unsaved edits. */
  confirmReload(): Promise<boolean>;
  retryTuning: RetryTuning;
  /** How often and how long to read the record back for the platform-generated inbound URL. */
  poll: { attempts: number; intervalMs: number };
}
