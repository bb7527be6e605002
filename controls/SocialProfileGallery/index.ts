import type * as React from "react";
import { createSerialClient } from "../../plugins-shim/client/serialClient";
import { createWebApiClient } from "../../plugins-shim/client/webApiClient";
import { GalleryController, GalleryDataset } from "./host/GalleryController";
import { IInputs, IOutputs } from "./generated/ManifestTypes";

/**
 * SocialProfileGallery: a thin adapter. It reads the PCF context into a plain snapshot and
 * hands it to the controller, which returns the pure view's element (the same one when nothing
 * changed). The view never sees `context`.
 */
export class SocialProfileGallery implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  private controller!: GalleryController;

  public init(context: ComponentFramework.Context<IInputs>): void {
    context.mode.trackContainerResize(true);
    this.controller = new GalleryController({
      getString: (key) => context.resources.getString(key),
      requestRender: () => context.factory.requestRender(),
      schedule: (work) => setTimeout(work, 0),
      // One request at a time: the service-protection limits count concurrent requests per user.
      client: context.webAPI ? createSerialClient(createWebApiClient(context.webAPI)) : undefined,
    });
  }

  public updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
    const { parameters, mode, userSettings } = context;
    return this.controller.update({
      dataset: parameters.profiles as unknown as GalleryDataset,
      allocatedWidth: mode.allocatedWidth,
      allocatedHeight: mode.allocatedHeight,
      scrollHeight: parameters.scrollHeight?.raw ?? null,
      pageSize: parameters.pageSize?.raw ?? null,
      cardLayout: parameters.cardLayout?.raw ?? null,
      allowOptOutUpdates: parameters.allowOptOutUpdates?.raw === "yes",
      languageId: userSettings?.languageId,
      isRtl: userSettings?.isRTL,
      theme: context.fluentDesignLanguage?.tokenTheme,
    });
  }

  public getOutputs(): IOutputs {
    return {};
  }

  public destroy(): void {
    // React unmounts the view; the controller holds no timers or subscriptions.
  }
}
