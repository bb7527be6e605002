import type { DatasetOwner } from "../../common/ownership/ownerFilter";
import type { SocialProfileData } from "../../common/profileData";
import type { ColumnMap } from "./columns";
import { readProfile, RecordLike } from "./readProfile";
import { readOwner } from "./rowOwner";
import { sameValues } from "../../common/sameValues";

/** One card of the gallery: the record id and the plain data the card view renders. */
export interface GalleryRow {
  id: string;
  profile: SocialProfileData;
  /** The row's `ownerid` when the dataset carries it (the ownership badge); absent otherwise. */
  owner?: DatasetOwner;
}

/**
 * Turns the dataset's records into rows and keeps every object it can: a record the host hands
 * back unchanged (same object, or same values) keeps its row, and an unchanged list keeps its
 * array. That identity is what lets `updateView` with unchanged data skip React entirely, and
 * what keeps memoized cards from re-rendering when one page is appended.
 */
export class RowCache {
  private byId = new Map<string, { record: RecordLike; row: GalleryRow }>();
  private rows: readonly GalleryRow[] = [];
  private columns: ColumnMap = {};
  private ownerColumn: string | undefined;

  private lastIds: readonly string[] | undefined;
  private lastRecords: Readonly<Record<string, RecordLike>> | undefined;

  read(
    ids: readonly string[],
    records: Readonly<Record<string, RecordLike>>,
    columns: ColumnMap,
    ownerColumn?: string,
  ): readonly GalleryRow[] {
    if (!sameValues(columns, this.columns) || ownerColumn !== this.ownerColumn) {
      this.byId.clear();
      this.columns = columns;
      this.ownerColumn = ownerColumn;
      this.lastIds = undefined;
    }
    // The host handed back the very same list and records: nothing to compare (updateView on resize, selection…).
    if (ids === this.lastIds && records === this.lastRecords) return this.rows;
    this.lastIds = ids;
    this.lastRecords = records;
    const next = new Map<string, { record: RecordLike; row: GalleryRow }>();
    const rows: GalleryRow[] = [];
    let changed = ids.length !== this.rows.length;
    for (const id of ids) {
      // Own entries only: an id such as "constructor" must not find Object.prototype's member.
      const record = Object.prototype.hasOwnProperty.call(records, id) ? records[id] : undefined;
      if (!record) continue;
      const cached = this.byId.get(id);
      let entry = cached;
      if (!cached || cached.record !== record) {
        const profile = readProfile(record, columns);
        const owner = readOwner(record, ownerColumn);
        const same = cached && sameValues(cached.row.profile, profile) && sameValues(cached.row.owner, owner);
        entry = { record, row: cached && same ? cached.row : owner ? { id, profile, owner } : { id, profile } };
      }
      next.set(id, entry!);
      if (!changed && this.rows[rows.length] !== entry!.row) changed = true;
      rows.push(entry!.row);
    }
    this.byId = next;
    if (changed || rows.length !== this.rows.length) this.rows = rows;
    return this.rows;
  }
}
