import * as React from "react";
import { countsFor, layoutFor } from "../common/countOptions";
import { directionOf, localeFromLcid } from "../common/locale";
import { isInactive } from "../common/profileData";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { fieldLock } from "./fieldState";
import { readProfile } from "./readProfile";
import { sameCardProps, SocialProfileCardProps, SocialProfileCardView } from "./SocialProfileCard";

/**
 * Thin adapter between the PCF context and the pure card view: context → plain props, the
 * opt-out toggle → getOutputs. When the inputs did not change, updateView returns the very same
 * element, so React does no work at all.
 */
export class SocialProfileCard implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  private notifyOutputChanged: () => void = () => undefined;
  private resources: ComponentFramework.Resources | undefined;
  private optOut: boolean | undefined;
  private lastProps: SocialProfileCardProps | undefined;
  private lastElement: React.ReactElement | undefined;

  /** Stable across updates (so memoized props stay equal); reads the current resources. */
  private readonly getString = (key: string): string => this.resources?.getString(key) ?? key;

  private readonly onOptOutChange = (optedOut: boolean): void => {
    this.optOut = optedOut;
    this.notifyOutputChanged();
  };

  public init(context: ComponentFramework.Context<IInputs>, notifyOutputChanged: () => void): void {
    this.notifyOutputChanged = notifyOutputChanged;
    this.resources = context.resources;
  }

  public updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
    this.resources = context.resources;
    const props = this.propsFrom(context);
    if (this.lastElement && this.lastProps && sameCardProps(props, this.lastProps)) return this.lastElement;
    this.lastProps = props;
    this.lastElement = React.createElement(SocialProfileCardView, props);
    return this.lastElement;
  }

  public getOutputs(): IOutputs {
    return { optOut: this.optOut };
  }

  public destroy(): void {
    this.lastElement = undefined;
    this.lastProps = undefined;
  }

  private propsFrom(context: ComponentFramework.Context<IInputs>): SocialProfileCardProps {
    const parameters = context.parameters;
    const profile = readProfile(parameters);
    const { languageId, isRTL } = context.userSettings;
    // A read-only form (no write privilege, read-only form type) reaches a control as isControlDisabled.
    const form = { controlDisabled: context.mode.isControlDisabled, recordInactive: isInactive(profile) };
    return {
      profile,
      getString: this.getString,
      locale: localeFromLcid(languageId),
      dir: directionOf(languageId, isRTL),
      theme: context.fluentDesignLanguage?.tokenTheme,
      counts: countsFor(parameters.countsShown?.raw),
      layout: layoutFor(parameters.layout?.raw),
      optOutLock: fieldLock(parameters.optOut, form),
      onOptOutChange: this.onOptOutChange,
    };
  }
}
