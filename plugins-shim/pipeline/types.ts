import { RecordData } from "../client";
import { Literal } from "../client/odata";

/** A value the attribute equals, or text it contains (case-insensitively, as Dataverse compares text). */
export type Condition = Literal | { contains: string };

/**
 * The Dataverse plug-in execution model reduced to what the rules need: a message, a stage, the
 * target and pre-image, and an organization service to call back with.
 */

export type Message = "Create" | "Update";

/** PreValidation runs before the platform touches the record; PostOperation after it saved. */
export type Stage = "PreValidation" | "PostOperation";

/** The slice of IOrganizationService the rules call. Records are Web API shaped. */
export interface OrganizationService {
  create(table: string, record: RecordData): Promise<string>;
  retrieve(table: string, id: string, columns?: readonly string[]): Promise<RecordData>;
  /** Rows whose attributes equal all the given values (`_x_value` for lookups), or contain `{ contains }` text. */
  retrieveMultiple(
    table: string,
    conditions: Readonly<Record<string, Condition>>,
    columns?: readonly string[],
    top?: number,
  ): Promise<RecordData[]>;
  /**
   * The first row of `retrieveMultiple`'s answer (same conditions) for which `matches` holds,
   * reading it page by page: the Web API answers at most 5,000 rows a page ("Page results using
   * OData": `@odata.nextLink` names the next), so a match past the first page is still found. Stops
   * at the first match.
   */
  findFirst(
    table: string,
    conditions: Readonly<Record<string, Condition>>,
    matches: (row: RecordData) => boolean,
    columns?: readonly string[],
  ): Promise<RecordData | undefined>;
  update(table: string, id: string, record: RecordData): Promise<void>;
  delete(table: string, id: string): Promise<void>;
}

export interface ExecutionContext {
  readonly message: Message;
  readonly stage: Stage;
  readonly table: string;
  /** The columns being written. PreValidation steps may change them before the save. */
  readonly target: RecordData;
  /** The record's id: on Update always, on Create from PostOperation on. */
  readonly id?: string;
  /** The record as stored before an Update. */
  readonly preImage?: Readonly<RecordData>;
  /** Calls made through it run the pipeline again, one level deeper. */
  readonly service: OrganizationService;
  readonly depth: number;
}

export interface PluginStep {
  name: string;
  message: Message;
  table: string;
  stage: Stage;
  execute(context: ExecutionContext): void | Promise<void>;
}
