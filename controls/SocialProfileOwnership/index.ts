import * as React from "react";
import { Text } from "@fluentui/react-components";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";

/**
 * The ownership library's component. Its job is to carry the packaged library (the ownership and
 * sharing section, loaded on demand by the Social profile card); placed on a form by mistake, it
 * says what it is instead of showing nothing.
 */
export class SocialProfileOwnership implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  public init(): void {
    // Nothing to set up: the library's script registers itself when the platform loads it.
  }

  public updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
    return React.createElement(Text, { size: 200 }, context.resources.getString("SocialProfileOwnership.notice"));
  }

  public getOutputs(): IOutputs {
    return {};
  }

  public destroy(): void {
    // React unmounts the element; nothing else to release.
  }
}
