import * as React from "react";
import { communityMarksFor, CommunityMarks, NO_COMMUNITY_MARKS } from "../common/communityMarks";
import { withCommunityMarks } from "../common/communityMarksContext";
import { countsFor, layoutFor } from "../common/countOptions";
import { directionOf, localeFromLcid } from "../common/locale";
import { socialProfileWritePrivilege } from "../common/tablePrivilege";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { fieldLock, FormLock, isRequired, unreadableColumns } from "./fieldState";
import { HostNumberFormatCache } from "../common/hostNumberFormat";
import { OwnershipBinding } from "./ownershipBinding";
import { readProfile } from "./readProfile";
import { sameCardProps, SocialProfileCardProps, SocialProfileCardView } from "./SocialProfileCard";

/**
 * Thin adapter between the PCF context and the pure card view: context → plain props, the
 * opt-out toggle and the typed profile name → getOutputs. When the inputs did not change,
 * updateView returns the very same element, so React does no work at all.
 */
export class SocialProfileCard implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  private notifyOutputChanged: () => void = () => undefined;
  private resources: ComponentFramework.Resources | undefined;
  /**
   * Only what the agent changed and the host has not handed back yet: a key present means "write
   * this". Kept until updateView brings the value back, so a later output never re-sends a column
   * that a script changed meanwhile, and repeated getOutputs calls give the same answer.
   */
  private pending: IOutputs = {};
  private lastProps: SocialProfileCardProps | undefined;
  private lastElement: React.ReactElement | undefined;
  private readonly numberFormats = new HostNumberFormatCache();
  private readonly ownership = new OwnershipBinding();
  /** The page's brand marks, an image resource loaded once (controls/common/communityMarks.ts). */
  private marks: CommunityMarks = NO_COMMUNITY_MARKS;

  /** Stable across updates (so memoized props stay equal); reads the current resources. */
  private readonly getString = (key: string): string => this.resources?.getString(key) ?? key;

  private readonly onOptOutChange = (optedOut: boolean): void => {
    this.pending = { ...this.pending, optOut: optedOut };
    this.notifyOutputChanged();
  };

  private readonly onProfileNameCommit = (value: string | null): void => {
    // PCF clears a bound column when its output is undefined (blank text is stored as null).
    this.pending = { ...this.pending, profileName: value ?? undefined };
    this.notifyOutputChanged();
  };

  public init(context: ComponentFramework.Context<IInputs>, notifyOutputChanged: () => void): void {
    this.notifyOutputChanged = notifyOutputChanged;
    this.resources = context.resources;
    this.marks = communityMarksFor(context.resources);
  }

  public updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
    this.resources = context.resources;
    this.dropApplied(context.parameters);
    const props = this.propsFrom(context);
    if (this.lastElement && this.lastProps && sameCardProps(props, this.lastProps)) return this.lastElement;
    this.lastProps = props;
    this.lastElement = withCommunityMarks(this.marks, React.createElement(SocialProfileCardView, props));
    return this.lastElement;
  }

  /**
   * Platform actions (the manifest declares `<platform-action action-type="afterPageLoad"/>`): as in
   * Microsoft's tutorial ("Use dependent libraries in a component", step 3), afterPageLoad is
   * where the on-demand ownership library is asked for (ownershipBinding.ts).
   */
  public getActions(): { afterPageLoad: () => void } {
    return { afterPageLoad: () => this.ownership.afterPageLoad() };
  }

  public getOutputs(): IOutputs {
    return { ...this.pending };
  }

  public destroy(): void {
    this.ownership.dispose();
    this.lastElement = undefined;
    this.lastProps = undefined;
  }

  /** Forgets outputs the host has applied (its input now carries the written value). */
  private dropApplied(parameters: IInputs): void {
    const { optOut, profileName } = this.pending;
    const next: IOutputs = { ...this.pending };
    if ("optOut" in next && parameters.optOut?.raw === optOut) delete next.optOut;
    if ("profileName" in next && (parameters.profileName?.raw || undefined) === profileName) delete next.profileName;
    this.pending = next;
  }

  private propsFrom(context: ComponentFramework.Context<IInputs>): SocialProfileCardProps {
    const parameters = context.parameters;
    const { languageId, isRTL } = context.userSettings;
    // A read-only form (read-only form type, no write privilege, an inactive record) reaches a
    // field control only as mode.isControlDisabled; hasEntityPrivilege tells the missing privilege
    // apart, and PCF exposes no record state for the rest.
    const form: FormLock = {
      controlDisabled: context.mode.isControlDisabled,
      noWritePrivilege: socialProfileWritePrivilege(context.utils) === false,
    };
    return {
      profile: readProfile(parameters),
      getString: this.getString,
      locale: localeFromLcid(languageId),
      numberFormat: this.numberFormats.from(context),
      dir: directionOf(languageId, isRTL),
      theme: context.fluentDesignLanguage?.tokenTheme,
      counts: countsFor(parameters.countsShown?.raw),
      layout: layoutFor(parameters.layout?.raw),
      optOutLock: fieldLock(parameters.optOut, form),
      onOptOutChange: this.onOptOutChange,
      unreadable: unreadableColumns(parameters),
      profileNameLock: fieldLock(parameters.profileName, form),
      profileNameRequired: isRequired(parameters.profileName),
      onProfileNameCommit: this.onProfileNameCommit,
      ownership: this.ownership.from(context),
    };
  }
}
