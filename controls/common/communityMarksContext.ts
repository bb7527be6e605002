import * as React from "react";
import { CommunityMarks, CommunityMarksState, NO_COMMUNITY_MARKS } from "./communityMarks";
import { useLiveValue } from "./liveValue";

/**
 * How the page's community pictures reach CommunityIcon without the view touching `context`: each
 * control's index.ts wraps its view in this provider. A view rendered without one (tests,
 * previews) shows the bundled chat icon for every channel.
 */
const CommunityMarksContext = React.createContext<CommunityMarks>(NO_COMMUNITY_MARKS);

/** `view` under the page's marks (index.ts: the one line that hands them to the view). */
export const withCommunityMarks = (marks: CommunityMarks, view: React.ReactElement): React.ReactElement =>
  React.createElement(CommunityMarksContext.Provider, { value: marks }, view);

/** The marks' state, re-rendering once when they finish loading. */
export const useCommunityMarks = (): CommunityMarksState => useLiveValue(React.useContext(CommunityMarksContext));
