import * as React from "react";
import { SocialProfileGallery } from "../../controls/SocialProfileGallery";
import type { IInputs } from "../../controls/SocialProfileGallery/generated/ManifestTypes";
import { stringsLookup } from "../../simulator/pcfHost/fieldContext";
import { separatorsOf } from "../../simulator/pcfHost/numberFormatting";
import { localeFromLcid } from "../../controls/common/locale";
import { DEFAULT_COLUMNS, FakeDataset, makeGalleryContext, makeProfiles, viewColumns } from "../../simulator/pcfHost/datasetContext";
import { ME, SYSTEM_USERS, teamMembershipWebApi, withOwners } from "../../simulator/pcfHost/galleryOwners";
import { LOGICAL_NAMES } from "../../controls/SocialProfileGallery/model/columns";
import { logEvent } from "./hostEvents";
import { HostSettings, THEMES } from "./hostSettings";
import { fileGetResource } from "../../simulator/pcfHost/controlResources";

export interface GalleryHostProps {
  settings: HostSettings;
  /** How many generated profiles the view holds. */
  profileCount: number;
  pageSize: number;
  cardLayout: "compact" | "full";
  columns?: "bound" | "view";
}

/** A subgrid loads its first page at its own row count, before the control sets the maker's page size. */
const SUBGRID_ROWS = 10;
/** What a Social Profiles view shows out of the box: names, community and counts (logical names, no alias). */
const VIEW_COLUMNS = viewColumns(
  (["profileName", "fullName", "community", "followerCount", "followingCount", "friendCount"] as const).map(
    (field) => LOGICAL_NAMES[field],
  ),
);

type GalleryContext = ReturnType<typeof makeGalleryContext>;

/**
 * The gallery on a fake subgrid: the real SocialProfileGallery class over the fake dataset from
 * test/support (asynchronous fetches, loadNextPage appends). The host re-runs updateView when the
 * dataset changes or the control calls requestRender, as a model-driven form does.
 */
export const GalleryHost: React.FC<GalleryHostProps> = ({ settings, profileCount, pageSize, cardLayout, columns = "bound" }) => {
  const [, setRevision] = React.useState(0);
  const rerender = React.useCallback(() => setRevision((revision) => revision + 1), []);

  const host = React.useMemo(() => {
    // A model-driven subgrid: profiles with owners, dataset linking, and Ada signed in (on the Support Team).
    const dataset = new FakeDataset({
      records: withOwners(makeProfiles(profileCount)),
      pageSize: SUBGRID_ROWS,
      linkedTables: { systemuser: SYSTEM_USERS },
      ...(columns === "view" ? { columns: VIEW_COLUMNS, addColumn: true } : { columns: [...DEFAULT_COLUMNS, { name: "ownerid" }] }),
    });
    const open = dataset.openDatasetItem.bind(dataset);
    dataset.openDatasetItem = (reference: unknown) => {
      open(reference);
      logEvent(`Gallery: openDatasetItem → ${JSON.stringify(reference)}`);
    };
    const context: GalleryContext = makeGalleryContext(
      {
        dataset,
        getString: stringsLookup(settings.lcid),
        languageId: settings.lcid,
        separators: separatorsOf(localeFromLcid(settings.lcid)),
        isRtl: settings.rtl || settings.lcid === 1025,
        pageSize,
        cardLayout,
        allocatedWidth: -1,
        canWrite: !settings.readOnly,
        userId: ME,
        webAPI: teamMembershipWebApi(),
        // The brand marks' image resource, base64 as the PCF reference documents.
        getResource: fileGetResource(),
      },
      rerender,
    );
    context.mode.isControlDisabled = settings.disabled;
    (context as { fluentDesignLanguage: unknown }).fluentDesignLanguage = { tokenTheme: THEMES[settings.theme] };
    dataset.onChange = rerender;
    const control = new SocialProfileGallery();
    const pcfContext = context as unknown as ComponentFramework.Context<IInputs>;
    control.init(pcfContext);
    return { control, context: pcfContext, raw: context };
  }, [settings, profileCount, pageSize, cardLayout, columns, rerender]);

  // The form gives the control its width; the fake reports the host element's.
  const container = React.useRef<HTMLDivElement>(null);
  React.useLayoutEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(() => {
      const width = Math.floor(element.clientWidth);
      if (width !== host.raw.mode.allocatedWidth) {
        host.raw.mode.allocatedWidth = width;
        rerender();
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [host, rerender]);

  React.useEffect(() => () => host.control.destroy(), [host]);

  return <div ref={container}>{host.control.updateView(host.context)}</div>;
};
