import { RecordData } from "../../plugins-shim/client/DataverseClient";

/**
 * Columns the platform computes on every save. contact.fullname follows the default full-name
 * format "First Last" (an org setting; the default is what a fresh environment uses).
 */
const COMPUTED: Readonly<Record<string, (record: RecordData) => RecordData>> = {
  contact: (record) => {
    const parts = [record.firstname, record.lastname].filter((part): part is string => typeof part === "string" && part.trim() !== "");
    return { fullname: parts.length > 0 ? parts.join(" ") : null };
  },
};

export function computePlatformColumns(table: string, record: RecordData): RecordData {
  return Object.prototype.hasOwnProperty.call(COMPUTED, table) ? COMPUTED[table](record) : {};
}
