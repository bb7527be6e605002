import * as React from "react";
import { subscribeLog } from "./hostEvents";

/** The host's view of what the controls did; polite live region so it is announced, not intrusive. */
export const HostEventLog: React.FC = () => {
  const [entries, setEntries] = React.useState<readonly string[]>([]);
  React.useEffect(() => subscribeLog(setEntries), []);
  return (
    <ol aria-live="polite" data-testid="event-log" style={{ margin: 0, paddingInlineStart: 20, fontSize: 12, wordBreak: "break-all" }}>
      {entries.map((entry, index) => (
        <li key={`${entries.length - index}`}>{entry}</li>
      ))}
    </ol>
  );
};
