/**
 * stream-json 3 resolves its subpaths through package "exports", which this project's
 * `moduleResolution: node` can't see; these are the two entries the validate command uses.
 */
declare module "stream-json/streamers/stream-array.js" {
  import { Duplex } from "node:stream";
  const streamArray: { withParserAsStream(): Duplex };
  export default streamArray;
}
declare module "stream-json/streamers/stream-values.js" {
  import { Duplex } from "node:stream";
  const streamValues: { withParserAsStream(): Duplex };
  export default streamValues;
}
