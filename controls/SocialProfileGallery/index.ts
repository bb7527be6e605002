import type * as React from "react";
import { withRetry } from "../../plugins-shim/client/retry";
import { communityMarksFor, CommunityMarks, NO_COMMUNITY_MARKS } from "../common/communityMarks";
import { withCommunityMarks } from "../common/communityMarksContext";
import { createSerialClient } from "../../plugins-shim/client/serialClient";
import { readTeamIds } from "../../plugins-shim/client/teamMembership";
import { createWebApiClient } from "../../plugins-shim/client/webApiClient";
import { GalleryController, GalleryDataset } from "./host/GalleryController";
import { socialProfileWritePrivilege } from "../common/tablePrivilege";
import { HostNumberFormatCache } from "../common/hostNumberFormat";
import { LOGICAL_NAMES } from "./model/columns";
import { optionsFromMetadata } from "./model/communityOptions";
import { IInputs, IOutputs } from "./generated/ManifestTypes";

const TABLE = "socialprofile";

/**
 * SocialProfileGallery: a thin adapter. It reads the PCF context into a plain snapshot and
 * hands it to the controller, which returns the pure view's element (the same one when nothing
 * changed). The view never sees `context`.
 */
export class SocialProfileGallery implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  private controller!: GalleryController;
  private readonly numberFormats = new HostNumberFormatCache();
  /** The page's brand marks, an image resource loaded once (controls/common/communityMarks.ts). */
  private marks: CommunityMarks = NO_COMMUNITY_MARKS;
  private lastView: React.ReactElement | undefined;
  private lastElement: React.ReactElement | undefined;

  public init(context: ComponentFramework.Context<IInputs>): void {
    context.mode.trackContainerResize(true);
    this.marks = communityMarksFor(context.resources);
    // One request at a time: the service-protection limits count concurrent requests per user.
    const client = context.webAPI ? createSerialClient(createWebApiClient(context.webAPI)) : undefined;
    const userId = context.userSettings?.userId;
    this.controller = new GalleryController({
      getString: (key) => context.resources.getString(key),
      requestRender: () => context.factory.requestRender(),
      schedule: (work) => setTimeout(work, 0),
      client,
      loadCommunityOptions: async () =>
        typeof context.utils?.getEntityMetadata === "function"
          ? optionsFromMetadata(await context.utils.getEntityMetadata(TABLE, [LOGICAL_NAMES.community]), LOGICAL_NAMES.community)
          : undefined,
      // The context gives no team list (userSettings has roles, not teams): the one teammembership
      // read the ownership client makes too, with the client's bounded retry. Not on demand: the
      // badge and "My teams'" filter need it wherever the gallery runs (docs/ownership.md).
      loadTeamIds: client && userId ? () => withRetry(() => readTeamIds(client, userId)) : undefined,
    });
  }

  public updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
    const { parameters, mode, userSettings } = context;
    const view = this.controller.update({
      dataset: parameters.profiles as unknown as GalleryDataset,
      allocatedWidth: mode.allocatedWidth,
      allocatedHeight: mode.allocatedHeight,
      scrollHeight: parameters.scrollHeight?.raw ?? null,
      pageSize: parameters.pageSize?.raw ?? null,
      cardLayout: parameters.cardLayout?.raw ?? null,
      allowOptOutUpdates: parameters.allowOptOutUpdates?.raw === "yes",
      formDisabled: mode.isControlDisabled === true,
      // A host that can't tell leaves it to the server (a refused row then locks with its reason).
      canWrite: socialProfileWritePrivilege(context.utils) !== false,
      userId: userSettings?.userId,
      languageId: userSettings?.languageId,
      numberFormat: this.numberFormats.from(context),
      isRtl: userSettings?.isRTL,
      theme: context.fluentDesignLanguage?.tokenTheme,
    });
    // The controller returns the same element when nothing changed: so does the wrapped one.
    if (view !== this.lastView || !this.lastElement) this.lastElement = withCommunityMarks(this.marks, view);
    this.lastView = view;
    return this.lastElement;
  }

  public getOutputs(): IOutputs {
    return {};
  }

  public destroy(): void {
    // React unmounts the view; the controller holds no timers or subscriptions.
  }
}
