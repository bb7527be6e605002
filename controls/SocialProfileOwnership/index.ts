import * as React from "react";
import { Text } from "@fluentui/react-components";
import { OWNERSHIP_LIBRARY_GLOBAL } from "../common/ownership/ownershipLibrary";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { ownershipLibrary } from "./library/ownershipLibrary";

/**
 * The ownership library's component: a PCF library component ("dependent library") that the
 * Social profile card loads on demand. Its bundle IS the library: as Microsoft's tutorial does
 * ("Tutorial: Use dependent libraries in a component", "Add the library to window"), this module
 * binds the library to the page's global scope when the platform loads the component's code, so
 * the card reads `SocialChannelOwnership` once `context.utils.loadDependency` resolves. React and
 * Fluent UI reach the section the way they reach every control: pcf-scripts resolves this
 * control's `<platform-library>` declarations, so the section shares the card's React and theme
 * without this project naming the platform's globals. Placed on a form by mistake, the component
 * says what it is instead of showing nothing.
 */
(globalThis as Record<string, unknown>)[OWNERSHIP_LIBRARY_GLOBAL] = ownershipLibrary;

export class SocialProfileOwnership implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  public init(): void {
    // Nothing to set up: the library was published when the platform loaded this module.
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
