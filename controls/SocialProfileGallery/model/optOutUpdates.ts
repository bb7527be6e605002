import type { DataverseClient } from "../../../plugins-shim/client/DataverseClient";
import { classifyError, ClassifiedError } from "../../../plugins-shim/client/errors";
import type { OptOutLock } from "../../common/optOutLock";

/** A failed save, for the notice and to roll the card's switch back. */
export interface OptOutFailure {
  id: string;
  wanted: boolean;
  error: ClassifiedError;
}

/**
 * In-place opt-out updates (only when the maker turns them on). The dataset does not reload
 * after an update, so a value this control saved is kept as an override until the dataset
 * shows it; a failed save leaves the record as it was and reports why. `revision` changes on
 * every failure so the host can remount the card and drop its optimistic switch state.
 */
export class OptOutUpdates {
  private readonly saved = new Map<string, boolean>();
  private revisionMap: ReadonlyMap<string, number> = new Map();
  private lastFailure: OptOutFailure | undefined;
  private deniedMap: ReadonlyMap<string, OptOutLock> = new Map();

  constructor(
    private readonly client: DataverseClient,
    private readonly changed: () => void,
  ) {}

  async set(table: string, column: string, id: string, wanted: boolean): Promise<void> {
    try {
      await this.client.updateRecord(table, id, { [column]: wanted });
      this.saved.set(id, wanted);
      if (this.lastFailure?.id === id) this.lastFailure = undefined;
    } catch (reason) {
      const error = classifyError(reason);
      this.lastFailure = { id, wanted, error };
      // hasEntityPrivilege is table-level: with user-level depth the write fails on a colleague's
      // row only. Such a row (or a secured column) is locked with its reason, not retried.
      const lock: OptOutLock | undefined =
        error.kind === "privilege" ? "noPrivilege" : error.kind === "columnSecurity" ? "columnSecured" : undefined;
      if (lock) this.deniedMap = new Map(this.deniedMap).set(id, lock);
      // A new map (not a mutation): memoized views see the change by identity.
      this.revisionMap = new Map(this.revisionMap).set(id, (this.revisionMap.get(id) ?? 0) + 1);
    }
    this.changed();
  }

  /** True while some saved value is not yet in the dataset. */
  get hasOverrides(): boolean {
    return this.saved.size > 0;
  }

  /** The value to show: what this control saved, until the dataset itself carries it. */
  valueFor(id: string, datasetValue: boolean | null): boolean | null {
    if (!this.saved.has(id)) return datasetValue;
    const saved = this.saved.get(id)!;
    if (datasetValue === saved) this.saved.delete(id);
    return saved;
  }

  /** Rows whose save the server refused for good, with the lock to show. */
  get denied(): ReadonlyMap<string, OptOutLock> {
    return this.deniedMap;
  }

  get revisions(): ReadonlyMap<string, number> {
    return this.revisionMap;
  }

  get failure(): OptOutFailure | undefined {
    return this.lastFailure;
  }

  dismissFailure(): void {
    this.lastFailure = undefined;
    this.changed();
  }
}
